#pragma once

// QCoro::waitFor needs a default-constructible result; leap::Result<T> is not. This runs a task to
// completion in a local event loop (tests only) and hands its result back.

#include <QCoro/QCoroTask>

#include <optional>
#include <utility>

namespace leap::test {

template<typename T>
T await(QCoro::Task<T> &&task)
{
    std::optional<T> out;
    auto wrapper = [&]() -> QCoro::Task<> {
        out.emplace(co_await std::move(task));
    };
    QCoro::waitFor(wrapper());
    return std::move(*out);
}

} // namespace leap::test
