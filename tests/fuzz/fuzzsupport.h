#pragma once

// Shared by the libFuzzer targets: a quiet Qt message handler and invariant checks that abort
// (libFuzzer then keeps the input as a crash reproducer).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace leap::fuzz {

// Parsers warn on hostile input by design; printing every warning would slow fuzzing a hundred
// times and bury libFuzzer's own output. Fatal messages still abort.
inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &msg)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(msg));
        std::abort();
    }
}

inline void installQuietMessageHandler()
{
    if (!qEnvironmentVariableIsSet("LEAP_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessageHandler);
}

[[noreturn]] inline void invariantFailed(const char *condition, const char *file, int line,
                                         const QString &detail)
{
    std::fprintf(stderr, "\ninvariant violated: %s\n  at %s:%d\n  %s\n", condition, file, line,
                 qPrintable(detail));
    std::abort();
}

// The input as bytes, without copying.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as text. Half of the inputs (chosen by the first byte) are read as raw UTF-16 so
// that lone surrogates and other code units UTF-8 decoding would replace also reach the code.
inline QString text(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    if (data[0] == 0xff) {
        QString s;
        const size_t units = (size - 1) / 2;
        s.resize(qsizetype(units));
        for (size_t i = 0; i < units; ++i)
            s[qsizetype(i)] = QChar(char16_t(data[1 + 2 * i] | (data[2 + 2 * i] << 8)));
        return s;
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace leap::fuzz

#define LEAP_FUZZ_CHECK(condition, detail) \
    do { \
        if (!(condition)) \
            ::leap::fuzz::invariantFailed(#condition, __FILE__, __LINE__, (detail)); \
    } while (false)
