// Start-up probe for the benchmark (bench/, `./dev bench`). Compiled into leap-entra-setup and into
// the bare reference wizard (bench/barewizard.cpp) by bench/CMakeLists.txt, so both report their
// first paint the same way. Inert unless one of these environment variables is set:
//   LEAP_BENCH_EXIT_AFTER_FIRST_PAINT=1  report the first paint of the first wizard page, then exit
//   LEAP_BENCH_REPORT_FIRST_PAINT=1      report it and keep running (idle measurements)
// The report is one line on stderr:
//   leap-bench: first-paint monotonic_ns=<CLOCK_MONOTONIC> since_start_ms=<from /proc/self/stat>
// The driver takes the monotonic clock when it spawns the process, so its difference is exact;
// since_start_ms is the process's own view (kernel start time, 10 ms granularity).
//
// It registers itself with Q_COREAPP_STARTUP_FUNCTION (run when the application object is built),
// so neither main.cpp nor the pages need to know about it.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWizardPage>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

qint64 monotonicNs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Milliseconds since the kernel started this process (field 22 of /proc/self/stat is the start
// time in clock ticks after boot; CLOCK_BOOTTIME is the same clock in ns).
double sinceProcessStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces and parentheses: count fields after the last
    // ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    const double startMs = startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(monotonicNs(CLOCK_BOOTTIME)) / 1e6 - startMs;
}

bool insideWizardPage(const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (qobject_cast<const QWizardPage *>(w))
            return true;
    return false;
}

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(bool exitAfter, QObject *parent) : QObject(parent), m_exit(exitAfter)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            insideWizardPage(static_cast<QWidget *>(watched))) {
            m_seen = true;
            // The backing store is flushed to the window after the paint events of this sync; a
            // zero timer runs after that, so the time below is "page painted and shown".
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        std::fprintf(stderr, "leap-bench: first-paint monotonic_ns=%lld since_start_ms=%.1f\n",
                     static_cast<long long>(monotonicNs(CLOCK_MONOTONIC)), sinceProcessStartMs());
        std::fflush(stderr);
        QCoreApplication::instance()->removeEventFilter(this);
        if (m_exit)
            QCoreApplication::exit(0);
    }

    bool m_exit;
    bool m_seen = false;
};

void installFirstPaintProbe()
{
    const bool exitAfter = qEnvironmentVariableIntValue("LEAP_BENCH_EXIT_AFTER_FIRST_PAINT") == 1;
    const bool report = qEnvironmentVariableIntValue("LEAP_BENCH_REPORT_FIRST_PAINT") == 1;
    // Only a widget application paints wizard pages; the command line never gets the probe.
    if ((!exitAfter && !report) || !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    auto *app = QCoreApplication::instance();
    app->installEventFilter(new FirstPaintProbe(exitAfter, app));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installFirstPaintProbe)
