#include "focusring.h"

#include <QApplication>
#include <QFocusFrame>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>

namespace {
// The ring's width, and the gap between it and the control's own border.
constexpr int ringWidth = 2;
constexpr int ringGap = 1;

// Placement for the ring only: above the control, in the nearest window or scroll area viewport
// (not clipped by a small container the control sits flush in), without a mask (it paints nothing
// but the ring), in a margin that holds the ring and its gap.
class RingStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_FocusFrame_AboveWidget)
            return 1;
        if (hint == SH_FocusFrame_Mask)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return ringWidth + ringGap;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
};
// QFocusFrame keeps itself around its widget as that moves, resizes, hides or changes parent; this
// one only paints the ring into the margin the style gives it outside the widget.
class Ring : public QFocusFrame
{
public:
    explicit Ring(QWidget *parent, QStyle *style)
        : QFocusFrame(parent)
    {
        setStyle(style);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::WindowText), ringWidth));
        painter.setBrush(Qt::NoBrush);
        const qreal inset = ringWidth / 2.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), ringWidth, ringWidth);
    }
};

// The ring lives under the focused widget's parent, so it goes when that parent goes; the next
// focus change makes a new one.
QPointer<Ring> ring;
QPointer<RingStyle> ringStyle;
bool installed = false;

void follow(QWidget *now)
{
    const bool wanted = now && !now->isWindow() && !(now->window()->windowType() == Qt::Popup)
        && now->window()->testAttribute(Qt::WA_KeyboardFocusChange);
    if (!wanted) {
        if (ring)
            ring->setWidget(nullptr);
        return;
    }
    if (!ring) {
        ring = new Ring(now, ringStyle);
        ring->setObjectName(QStringLiteral("focusRing"));
    }
    ring->setWidget(now);
}
} // namespace

void FocusRing::install()
{
    if (installed || !qApp)
        return;
    installed = true;
    // Only where the focus and the default button look alike.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return;
    // On the application's style, which it does not own; it goes with the application.
    ringStyle = new RingStyle;
    ringStyle->setParent(qApp);
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) { follow(now); });
}

QWidget *FocusRing::ringedWidget()
{
    return ring && ring->isVisible() ? ring->widget() : nullptr;
}
