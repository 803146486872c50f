#pragma once

#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

// What every page of the assistant has in common: the same header (a title and a line under it),
// content that scrolls when the screen is small, a spot at the foot for support tools, the control
// that takes focus when the page appears, and the words a screen reader says then.
class AssistantPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AssistantPage(QWidget *parent = nullptr);

    // Where the page puts its content; it scrolls as a whole when the window is too small.
    QVBoxLayout *contentLayout() const { return m_contentLayout; }
    // One line for a support tool (such as "Copy report for support"): below the scrolling content.
    void addSupportWidget(QWidget *widget);

    // The control focus goes to when the page appears: its natural first action. None: Next.
    virtual QWidget *arrivalFocus() const { return nullptr; }
    // arrivalFocus() when it can take the focus now; otherwise the wizard's Next, or Finish on the
    // last page. Null when neither can (a page not complete yet).
    QWidget *arrivalTarget() const;
    // What a screen reader says when the page appears: the header and the instructions.
    virtual QString announcement() const;

    // Scrolls the content so that `widget` is in view, whole; once more after the layout has run.
    // The focused control is brought into view by itself.
    void ensureVisible(QWidget *widget);
    QScrollArea *scrollArea() const { return m_scroll; }

protected:
    // Sets every text of the page; called by the constructor and again on a language change.
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void bringIntoView(QWidget *widget);

    // QWizard gives the focus to the page's first focusable child before it says that the page
    // changed. This hidden child comes first and passes that focus straight on to arrivalTarget():
    // one focus change, never through a hidden or unrelated control on the way.
    QWidget *m_arrivalAnchor;
    QScrollArea *m_scroll;
    QVBoxLayout *m_contentLayout;
    QVBoxLayout *m_supportLayout;
};
