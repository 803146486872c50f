#include "wrappedlabel.h"

#include <QEvent>

namespace {
// Widths remembered: the page's width with and without a scroll bar, the layouts' minimum and
// maximum, and the header's; more would only be asked for while the window is being resized.
constexpr qsizetype rememberedHeights = 8;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappedLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && contents == other.contents && margin == other.margin
        && indent == other.indent && alignment == other.alignment && format == other.format
        && wordWrap == other.wordWrap && policy == other.policy;
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    return {text(),   font(),         contentsMargins(), margin(),    indent(), int(alignment()),
            int(textFormat()), wordWrap(), sizePolicy()};
}

void WrappedLabel::forget() const
{
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
}

void WrappedLabel::forgetIfChanged() const
{
    Inputs now = currentInputs();
    if (now == m_inputs)
        return;
    m_inputs = std::move(now);
    forget();
}

QSize WrappedLabel::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    for (const QPair<int, int> &known : std::as_const(m_heights)) {
        if (known.first == width)
            return known.second;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == rememberedHeights)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    // What changes the measurements without changing the inputs compared above: the style (and a
    // style sheet), the screen (its resolution), the application's fonts, the direction.
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::Polish:
    case QEvent::FontChange:
    case QEvent::ApplicationFontChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}
