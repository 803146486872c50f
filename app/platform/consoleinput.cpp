#include "consoleinput.h"

#include "terminalecho.h"

#include <QTimer>

ConsoleInput::ConsoleInput(QObject *parent)
    : QObject(parent)
    , m_terminal(Platform::stdinIsTerminal())
    , m_source(makeSource(this))
{
}

ConsoleInput::~ConsoleInput() = default;

void ConsoleInput::setReading(bool reading)
{
    m_source->setReading(reading);
}

bool ConsoleInput::setHidden(bool hidden)
{
    if (!hidden) {
        m_hidden.reset();
        return true;
    }
    if (!m_hidden)
        m_hidden = std::make_unique<Platform::HiddenInput>();
    return m_hidden->isActive();
}

void ConsoleInput::wantLine()
{
    if (m_entries.isEmpty() && !m_ended) {
        m_wanted = true;
        updateDemand();
    }
}

ConsoleInput::Result ConsoleInput::take(QString *line)
{
    if (!m_entries.isEmpty()) {
        const Entry entry = m_entries.dequeue();
        if (line != nullptr)
            *line = entry.line;
        return entry.kind;
    }
    return m_ended ? Result::Ended : Result::Nothing;
}

ConsoleInput::Result ConsoleInput::readLine(QString *line, QDeadlineTimer deadline)
{
    Result result = take(line);
    if (result != Result::Nothing)
        return result;
    QEventLoop loop;
    QTimer timer;
    bool timedOut = false;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    connect(this, &ConsoleInput::available, &loop, &QEventLoop::quit);
    if (!deadline.isForever())
        timer.start(std::max<qint64>(0, deadline.remainingTime()));
    m_stopped = false;
    m_waiting = &loop;
    // An `available` said for an entry already taken wakes the loop with nothing new: wait on.
    while (result == Result::Nothing && !timedOut && !m_stopped) {
        wantLine();
        loop.exec();
        result = take(line);
    }
    m_waiting = nullptr;
    if (result != Result::Nothing)
        return result;
    return m_stopped ? Result::Stopped : Result::TimedOut;
}

void ConsoleInput::stopWaiting()
{
    if (m_waiting) {
        m_stopped = true;
        m_waiting->quit();
    }
}

void ConsoleInput::receive(const char *data, qsizetype size)
{
    const QByteArray chunk = QByteArray::fromRawData(data, size);
    if (!m_terminal) {
        // A script's input is one paste: kept whole until it ends, refused once it is too long.
        if (m_pending.size() + size > maxPasteBytes) {
            m_pending.clear();
            m_pending.squeeze();
            m_ended = true;
            enqueue(Result::TooLong);
            return;
        }
        m_pending.append(chunk);
        return;
    }
    // At a terminal each line is one paste. Each byte is looked at once: no work grows faster than
    // the input.
    qsizetype from = 0;
    while (from < size) {
        const qsizetype newline = chunk.indexOf('\n', from);
        const qsizetype end = newline < 0 ? size : newline;
        if (!m_discarding) {
            if (m_pending.size() + (end - from) > maxPasteBytes) {
                m_pending.clear();
                m_pending.squeeze();
                m_discarding = true;
            } else {
                m_pending.append(data + from, end - from);
            }
        }
        if (newline < 0)
            break;
        if (m_discarding) {
            m_discarding = false;
            enqueue(Result::TooLong);
        } else {
            enqueueLine(m_pending);
            m_pending.clear();
        }
        from = newline + 1;
    }
}

void ConsoleInput::receiveEnd()
{
    if (m_ended)
        return;
    if (m_terminal) {
        if (m_discarding)
            enqueue(Result::TooLong);
        else if (!m_pending.isEmpty())
            enqueueLine(m_pending);
    } else {
        qsizetype from = 0;
        while (from < m_pending.size()) {
            qsizetype newline = m_pending.indexOf('\n', from);
            if (newline < 0)
                newline = m_pending.size();
            enqueueLine(m_pending.mid(from, newline - from));
            from = newline + 1;
        }
    }
    m_pending.clear();
    m_pending.squeeze();
    m_discarding = false;
    m_ended = true;
    enqueue(Result::Ended);
}

void ConsoleInput::enqueueLine(const QByteArray &bytes)
{
    // Windows' console and files written there end lines with "\r\n".
    const qsizetype size = bytes.endsWith('\r') ? bytes.size() - 1 : bytes.size();
    enqueue(Result::Line, QString::fromUtf8(bytes.constData(), size));
}

void ConsoleInput::enqueue(Result kind, const QString &line)
{
    // The end is said once, by take() returning Ended for ever after.
    if (kind != Result::Ended)
        m_entries.enqueue({kind, line});
    m_wanted = false;
    updateDemand();
    // Said from the event loop, never from inside the reading: a receiver may wait for more.
    if (!m_announcing) {
        m_announcing = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_announcing = false;
                emit available();
            },
            Qt::QueuedConnection);
    }
}

void ConsoleInput::updateDemand()
{
    // From a pipe or a file nothing comes before the end, so a request reads on until then.
    setReading(m_wanted && !m_ended);
}
