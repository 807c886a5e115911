#pragma once

// Internal to graph/: the journal discipline every step service follows. Before a write the
// profile gets a "started" entry and is saved; after it a "done" entry (with the object's id)
// and is saved again. A run killed in between leaves "started" without "done", which tells the
// next run to look the object up (or clean up an orphan) instead of creating a duplicate.

#include "model/profile.h"
#include "storage/profilestore.h"

namespace leap::detail {

inline VoidResult checkpoint(ProfileStore *store, Profile &profile)
{
    if (!store)
        return {};
    return store->save(profile);
}

inline VoidResult journal(ProfileStore *store, Profile &profile, const QString &step,
                          const QString &action, const QString &state, const QString &objectType,
                          const QString &objectId = {}, const QString &detail = {})
{
    JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.step = step;
    e.action = action;
    e.state = state;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = detail;
    profile.addJournal(std::move(e));
    return checkpoint(store, profile);
}

// The latest entry for (step, action), or nullptr.
inline const JournalEntry *lastJournal(const Profile &profile, const QString &step,
                                       const QString &action)
{
    for (auto it = profile.journal.crbegin(); it != profile.journal.crend(); ++it) {
        if (it->step == step && it->action == action)
            return &*it;
    }
    return nullptr;
}

} // namespace leap::detail
