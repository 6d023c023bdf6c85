#pragma once

#include <csignal>
#include <sys/resource.h>

namespace akdesk::test {

/// While it lives, every write this process makes to a regular file past its first byte fails
/// with EFBIG, as on a full disk or an exceeded quota. A file size limit (RLIMIT_FSIZE) is a real
/// kernel refusal that holds for root too, where chmod does not stop writes, and needs no hook in
/// the code under test. Pipes (the test's own output) are not files and keep working.
class FailingWrites final
{
public:
    FailingWrites()
    {
        std::signal(SIGXFSZ, SIG_IGN);  // the write fails with EFBIG instead of ending the process
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = 1;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FailingWrites() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    FailingWrites(const FailingWrites &) = delete;
    FailingWrites &operator=(const FailingWrites &) = delete;

private:
    rlimit m_saved{};
};

} // namespace akdesk::test
