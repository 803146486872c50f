#pragma once

#include <QObject>

// Turns the requests to stop — SIGINT (Ctrl-C), SIGTERM (kill, a `timeout` wrapper) and SIGHUP (the
// terminal closed) on POSIX; Ctrl-C, Ctrl-Break and closing the console window on Windows — into the
// Qt signal `interrupted`, delivered by the event loop, so that a command can stop what it is doing
// cleanly and exit with the status returned in it.
//
// At the request itself, before the event loop sees it, the terminal is put back as it was
// (Platform::restoreTerminal), so the echo is on again whatever follows. A second request ends the
// process at once, with the same status. While no InterruptNotifier lives, the system's defaults
// apply. A signal that was ignored when the notifier was made (a job started with `nohup`, or in the
// background of a script) stays ignored. One notifier at a time; the owner must react to
// `interrupted`, as nothing else happens at the first request.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;
    InterruptNotifier(const InterruptNotifier &) = delete;
    InterruptNotifier &operator=(const InterruptNotifier &) = delete;

    // False when the handlers could not be installed (then the system's defaults apply).
    bool isActive() const { return m_active; }

signals:
    // exitStatus: 128 plus the signal's number, as shells report it: 130 for Ctrl-C (SIGINT), 143
    // for SIGTERM, 129 for SIGHUP and for a closed console window.
    void interrupted(int exitStatus);

private:
    // The system's hooks (interruptnotifier_posix.cpp, interruptnotifier_win.cpp); what a request
    // does is decided once, in stoprequest.h.
    void install();
    void uninstall();

    bool m_active = false;
};
