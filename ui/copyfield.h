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
    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *copyButton() const { return m_button; }

signals:
    void copied(const QString &value);

private:
    void copy();

    QLineEdit *m_edit;
    QPushButton *m_button;
    QTimer *m_resetLabel;
};
