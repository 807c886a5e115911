// leap-bench: runs the benchmark driver (bench/leapbench.py) with the paths of the programs this
// build made. The driver does the work; this only saves the caller from knowing the paths.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

#ifndef LEAP_BENCH_SETUP
#define LEAP_BENCH_SETUP ""
#endif
#ifndef LEAP_BENCH_SANDBOX
#define LEAP_BENCH_SANDBOX ""
#endif

int main(int argc, char *argv[])
{
    std::vector<const char *> args {"python3",          LEAP_BENCH_DRIVER,    "--setup",
                                    LEAP_BENCH_SETUP,   "--sandbox-server",   LEAP_BENCH_SANDBOX,
                                    "--bare",           LEAP_BENCH_BARE,      "--results",
                                    LEAP_BENCH_RESULTS, "--qt-version",       LEAP_BENCH_QT_VERSION,
                                    "--build-type",     LEAP_BENCH_BUILD_TYPE};
#ifndef LEAP_BENCH_SETUP_HAS_WIZARD
    args.push_back("--no-wizard");
#endif
    for (int i = 1; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp(args[0], const_cast<char *const *>(args.data()));
    std::fprintf(stderr, "leap-bench: cannot run python3: %s\n", std::strerror(errno));
    return 127;
}
