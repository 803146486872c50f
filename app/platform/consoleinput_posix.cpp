#include "consoleinput.h"

#include <QSocketNotifier>
#include <QTimer>

#include <array>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

// Reads descriptor 0 only when the event loop knows a read will not block: a socket notifier for a
// terminal, a pipe, a socket or a device; for a regular file (always readable, and not every event
// dispatcher can watch one) a zero timer that reads one chunk per turn of the loop. One read() per
// wake-up, at most one chunk: memory and each turn of the loop stay small.
class ConsoleInput::SystemSource final : public ConsoleInput::Source
{
public:
    explicit SystemSource(ConsoleInput *owner)
        : m_owner(owner)
    {
        struct stat info = {};
        if (fstat(STDIN_FILENO, &info) != 0) {
            m_closed = true; // no standard input at all: it ends at the first request
        } else if (S_ISREG(info.st_mode)) {
            m_timer = std::make_unique<QTimer>();
            m_timer->setInterval(0);
            QObject::connect(m_timer.get(), &QTimer::timeout, owner, [this] { readChunk(); });
        } else {
            m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
            m_notifier->setEnabled(false);
            QObject::connect(m_notifier.get(), &QSocketNotifier::activated, owner, [this] { readChunk(); });
        }
    }

    void setReading(bool reading) override
    {
        if (m_closed) {
            if (reading)
                QTimer::singleShot(0, m_owner, [owner = m_owner] { owner->receiveEnd(); });
            return;
        }
        if (m_notifier)
            m_notifier->setEnabled(reading);
        else if (reading && !m_timer->isActive())
            m_timer->start();
        else if (!reading)
            m_timer->stop();
    }

private:
    void readChunk()
    {
        std::array<char, readChunkBytes> buffer{};
        const ssize_t count = read(STDIN_FILENO, buffer.data(), buffer.size());
        if (count > 0) {
            m_owner->receive(buffer.data(), count);
            return;
        }
        if (count < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        // The end, or an error that ends the input just as well.
        m_closed = true;
        if (m_notifier)
            m_notifier->setEnabled(false);
        if (m_timer)
            m_timer->stop();
        m_owner->receiveEnd();
    }

    ConsoleInput *m_owner;
    bool m_closed = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<QTimer> m_timer;
};

std::unique_ptr<ConsoleInput::Source> ConsoleInput::makeSource(ConsoleInput *owner)
{
    return std::make_unique<SystemSource>(owner);
}
