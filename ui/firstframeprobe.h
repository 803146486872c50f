#pragma once

#include <QObject>

class QWidget;

// A measuring hook for the first-frame benchmark (tests/benchmarks/bench_firstframe): when the
// environment variable ZOHO_ONBOARDING_FIRST_FRAME is set, the program prints the monotonic time
// and its peak memory once its window has been painted for the first time, and ends there.
// Otherwise it does nothing at all.
class FirstFrameProbe : public QObject
{
    Q_OBJECT

public:
    static bool isRequested();
    // Watches window (before it is shown) when the benchmark asked for it.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstFrameProbe(QWidget *window);

    bool m_painted = false;
};
