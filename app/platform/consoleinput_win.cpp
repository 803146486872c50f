#include "consoleinput.h"

#include <QMetaObject>

#include <windows.h>

#include <array>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace {

// What the reading thread and the owner share; the thread may outlive the owner (a read that
// cannot be cancelled), so it holds its own reference.
struct Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    bool requested = false; // one more read, please
    bool stop = false;
    QObject *owner = nullptr; // cleared, under the mutex, when the owner goes
    std::function<void(const QByteArray &, bool)> deliver; // runs on the owner's thread
};

// One read per request: the console's own line editing (with the echo decided when the read
// begins), or a chunk of a pipe or a file.
DWORD WINAPI readStandardInput(LPVOID parameter)
{
    const std::unique_ptr<std::shared_ptr<Shared>> held(static_cast<std::shared_ptr<Shared> *>(parameter));
    const std::shared_ptr<Shared> shared = *held;
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(input, &mode) != 0;
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(shared->mutex);
            shared->wake.wait(lock, [&] { return shared->requested || shared->stop; });
            if (shared->stop)
                return 0;
            shared->requested = false;
        }
        QByteArray chunk;
        bool end = false;
        if (console) {
            std::array<wchar_t, 4096> buffer{};
            DWORD count = 0;
            if (!ReadConsoleW(input, buffer.data(), DWORD(buffer.size()), &count, nullptr)) {
                end = GetLastError() != ERROR_OPERATION_ABORTED;
            } else {
                chunk = QString::fromWCharArray(buffer.data(), int(count)).toUtf8();
            }
        } else {
            std::array<char, ConsoleInput::readChunkBytes> buffer{};
            DWORD count = 0;
            // A pipe's writer gone (ERROR_BROKEN_PIPE) or zero bytes: the end.
            if (!ReadFile(input, buffer.data(), DWORD(buffer.size()), &count, nullptr) || count == 0)
                end = true;
            else
                chunk = QByteArray(buffer.data(), int(count));
        }
        const std::lock_guard<std::mutex> lock(shared->mutex);
        if (shared->owner == nullptr)
            return 0;
        // Queued to the owner; dropped by Qt if the owner is gone before it runs.
        QMetaObject::invokeMethod(
            shared->owner, [shared, chunk, end] { shared->deliver(chunk, end); }, Qt::QueuedConnection);
        if (end)
            return 0;
    }
}

} // namespace

// A thread of its own blocks in ReadConsoleW or ReadFile; the event loop's thread never does.
class ConsoleInput::SystemSource final : public ConsoleInput::Source
{
public:
    explicit SystemSource(ConsoleInput *owner)
        : m_shared(std::make_shared<Shared>())
    {
        m_shared->owner = owner;
        m_shared->deliver = [this, owner](const QByteArray &chunk, bool end) {
            m_inFlight = false;
            if (end) {
                m_ended = true;
                owner->receiveEnd();
                return;
            }
            if (!chunk.isEmpty())
                owner->receive(chunk.constData(), chunk.size());
            // An empty read (a Ctrl-C during the console's read): ask again if still wanted.
            setReading(m_reading);
        };
        auto *parameter = new std::shared_ptr<Shared>(m_shared);
        m_thread = CreateThread(nullptr, 0, readStandardInput, parameter, 0, nullptr);
        if (m_thread == nullptr) {
            delete parameter;
            m_ended = true;
        }
        m_owner = owner;
    }

    ~SystemSource() override
    {
        {
            const std::lock_guard<std::mutex> lock(m_shared->mutex);
            m_shared->owner = nullptr;
            m_shared->stop = true;
        }
        m_shared->wake.notify_all();
        if (m_thread != nullptr) {
            // A read under way ends now where Windows can end it; otherwise the thread ends with
            // the process, and its line goes nowhere.
            CancelSynchronousIo(m_thread);
            CloseHandle(m_thread);
        }
    }

    SystemSource(const SystemSource &) = delete;
    SystemSource &operator=(const SystemSource &) = delete;

    void setReading(bool reading) override
    {
        m_reading = reading;
        if (!reading || m_inFlight)
            return;
        if (m_ended) {
            QMetaObject::invokeMethod(m_owner, [owner = m_owner] { owner->receiveEnd(); }, Qt::QueuedConnection);
            return;
        }
        m_inFlight = true;
        {
            const std::lock_guard<std::mutex> lock(m_shared->mutex);
            m_shared->requested = true;
        }
        m_shared->wake.notify_all();
    }

private:
    std::shared_ptr<Shared> m_shared;
    ConsoleInput *m_owner = nullptr;
    HANDLE m_thread = nullptr;
    bool m_reading = false;
    bool m_inFlight = false; // one request at a time, so nothing is read before it is wanted
    bool m_ended = false;
};

std::unique_ptr<ConsoleInput::Source> ConsoleInput::makeSource(ConsoleInput *owner)
{
    return std::make_unique<SystemSource>(owner);
}
