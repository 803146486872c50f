#pragma once

#include <QString>
#include <QWidget>

// Says something to a screen reader the moment it happens: a page arrived, a result appeared, a
// value was copied. Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent comes with 6.8),
// and neither bridge passes QAccessible::Alert on. What they do pass, and what screen readers speak:
// - AT-SPI (Orca): an object with the Notification role becoming "showing" is spoken at once, role
//   and name ("notification, …"), focus left where it is. The announcer is such an object, one per
//   window, shown again with the new words each time.
// - UI Automation (NVDA, Narrator): Qt 6.4 raises focus, value, selection and text events only.
//   What they speak is the control that receives the focus, with its description (HelpText). So the
//   words also become the description of `source`, and the caller moves the focus (onto the result,
//   or the action it offers) after announcing.
class ScreenReaderAnnouncer : public QWidget
{
    Q_OBJECT

public:
    // Says `text` as coming from `source` (kept as its description too). Nothing for a null source.
    static void announce(QWidget *source, const QString &text);

    // The announcer of `window` (made on first use); tests read what it said last.
    static ScreenReaderAnnouncer *of(QWidget *window);
    QString lastAnnouncement() const { return accessibleName(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    explicit ScreenReaderAnnouncer(QWidget *window);
    void say(const QString &text);
};
