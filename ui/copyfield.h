#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTimer;

// A value the customer must paste somewhere else, shown read-only beside a one-click Copy button.
class CopyField : public QWidget
{
    Q_OBJECT

public:
    // `what` names the value for screen readers and the button ("Copy Client Name").
    explicit CopyField(const QString &what, const QString &value, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);
    // Names the value anew (after a language change); the button's names follow.
    void setWhat(const QString &what);
    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *copyButton() const { return m_button; }

signals:
    void copied(const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void copy();
    void retranslateUi();

    QLineEdit *m_edit;
    QPushButton *m_button;
    QTimer *m_resetLabel;
    QString m_what;
};
