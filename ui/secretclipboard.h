#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

class QMimeData;
class QString;
class QTimer;

// Puts a secret on the clipboard the careful way: marked so that clipboard histories, managers and
// cloud sync leave it out, and taken off again after a while (or when this object goes, or the
// application quits) if it is still there. Whatever the person copied since is left alone.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultClearAfter{60};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // text/plain plus each platform's "do not record this" marker. The caller owns the result;
    // QClipboard::setMimeData() takes it over.
    static QMimeData *sensitiveMimeData(const QString &text);

    void copySecret(const QString &secret);
    // Takes the copied secret off the clipboard now if it is still there; forgets it either way.
    void clear();

    std::chrono::milliseconds clearAfter() const;
    void setClearAfter(std::chrono::milliseconds interval);
    // True from a copy until the time is up (or clear() is called).
    bool isClearPending() const;

signals:
    // The secret was still on the clipboard and has been taken off.
    void cleared();
    // The copy's time is over (or clear() was called): nothing is left to take off later.
    void pendingEnded();

private:
    QTimer *m_timer;
    QByteArray m_secretHash; // of the secret on the clipboard; the secret itself is not kept
};
