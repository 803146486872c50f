#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QObject>
#include <QQueue>
#include <QString>

#include <cstddef>
#include <memory>

namespace Platform {
class HiddenInput;
}

// Standard input for the command line, read as it arrives and never with a blocking call on the
// event loop's thread, so that deadlines and signals keep working while a command waits for a paste.
//
// What it holds is bounded whatever arrives: at a terminal each line is one paste and a line longer
// than maxPasteBytes is dropped whole (TooLong), the lines after it are read as usual; from a pipe or
// a file the whole input is one paste, its lines come when it ends, and more than maxPasteBytes ends
// the reading at once with TooLong and no line at all. It reads ahead only as far as it is asked to
// (readLine, wantLine) and keeps what it read for the next request, so no pasted line is ever lost:
// make one ConsoleInput for the whole run and keep it.
//
// On POSIX a socket notifier on descriptor 0 wakes it (a regular file is read in chunks from the
// event loop instead); on Windows a thread of its own reads the console or the handle, one request
// at a time.
class ConsoleInput : public QObject
{
    Q_OBJECT

public:
    // The most one paste may hold: a Client ID and secret are about 80 bytes, an address a few hundred.
    static constexpr qsizetype maxPasteBytes = qsizetype(64) * 1024;
    // The most one read of a pipe or a file takes: memory and each turn of the event loop stay small.
    static constexpr std::size_t readChunkBytes = std::size_t(16) * 1024;

    enum class Result {
        Line,     // a line, without its line end
        TooLong,  // a paste over maxPasteBytes was dropped; nothing of it is kept
        Ended,    // the input ended (or, from a pipe or a file, was too long): no more lines
        TimedOut, // readLine: the deadline passed first
        Stopped,  // readLine: stopWaiting() was called
        Nothing,  // take: nothing has arrived yet
    };

    explicit ConsoleInput(QObject *parent = nullptr);
    ~ConsoleInput() override;
    ConsoleInput(const ConsoleInput &) = delete;
    ConsoleInput &operator=(const ConsoleInput &) = delete;

    // True when standard input is a terminal (a console on Windows).
    bool isTerminal() const { return m_terminal; }

    // At a terminal, turns its echo off (true) or back on (false); what is typed or pasted while it is
    // off never shows. The echo comes back when this object goes, at exit, and at an interruption
    // (see Platform::HiddenInput, InterruptNotifier). False when the echo could not be turned off.
    // Turn it off before printing the prompt: on Windows the echo is decided when a read begins.
    bool setHidden(bool hidden);

    // Waits, with the event loop running, for what comes next: a line, a paste that was too long, the
    // end of the input, the deadline, or stopWaiting().
    Result readLine(QString *line, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

    // For callers that do not wait: asks for the next line; `available` says when take() has it.
    void wantLine();
    // The next thing that arrived (Line, TooLong or Ended), or Nothing yet; never waits.
    Result take(QString *line);

public slots:
    // Makes a readLine() under way return Stopped (for an interruption, or a flow that moved on).
    // The input stays usable.
    void stopWaiting();

signals:
    // take() has something: a line, a too-long paste, or the end.
    void available();

private:
    // The platform's reader of descriptor 0 or the standard input handle: reads only while asked to,
    // and hands what it read to receive() and receiveEnd() on this object's thread.
    class Source
    {
    public:
        virtual ~Source() = default;
        virtual void setReading(bool reading) = 0;
    };
    class SystemSource; // each platform's (consoleinput_posix.cpp, consoleinput_win.cpp)
    static std::unique_ptr<Source> makeSource(ConsoleInput *owner); // defined beside SystemSource

    void receive(const char *data, qsizetype size);
    void receiveEnd();
    void enqueueLine(const QByteArray &bytes);
    void enqueue(Result kind, const QString &line = {});
    void updateDemand();
    void setReading(bool reading); // tells the Source

    struct Entry
    {
        Result kind = Result::Line;
        QString line;
    };

    bool m_terminal = false;
    bool m_ended = false;       // the source said end, or a script's input was too long
    bool m_discarding = false;  // at a terminal: dropping the rest of a too-long line
    bool m_wanted = false;      // someone asked and nothing has come yet: read on
    bool m_stopped = false;     // stopWaiting() during the readLine() under way
    bool m_announcing = false;  // `available` is on its way
    QPointer<QEventLoop> m_waiting; // the readLine() under way
    QByteArray m_pending;       // the line (terminal) or the input (pipe, file) read so far
    QQueue<Entry> m_entries;
    std::unique_ptr<Source> m_source;
    std::unique_ptr<Platform::HiddenInput> m_hidden;
};
