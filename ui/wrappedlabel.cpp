#include "wrappedlabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QTextDocument>
#include <QTextOption>

#include <cmath>

namespace {
// Widths remembered: the page's width with and without a scroll bar, the layouts' minimum and
// maximum; more are only asked for while the window is being resized.
constexpr qsizetype rememberedHeights = 8;
// The longest line the label prefers, in widths of "x" (QTextDocument::adjustSize()'s first try).
constexpr int preferredLineLength = 80;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::~WrappedLabel() = default;

bool WrappedLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && contents == other.contents && margin == other.margin
        && indent == other.indent && alignment == other.alignment && format == other.format
        && wordWrap == other.wordWrap && buddy == other.buddy && minimum == other.minimum && policy == other.policy;
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    Inputs inputs;
    inputs.text = text();
    inputs.font = font();
    inputs.contents = contentsMargins();
    inputs.margin = margin();
    inputs.indent = indent();
    inputs.alignment = int(alignment());
    inputs.format = int(textFormat());
    inputs.wordWrap = wordWrap();
    inputs.buddy = buddy();
    inputs.minimum = minimumSize();
    inputs.policy = sizePolicy();
    return inputs;
}

void WrappedLabel::forget() const
{
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
    m_document.reset();
    m_laidOutFor = -1;
}

void WrappedLabel::forgetIfChanged() const
{
    Inputs now = currentInputs();
    if (now == m_inputs)
        return;
    m_inputs = std::move(now);
    forget();
}

bool WrappedLabel::measuresItself() const
{
    const bool rich = textFormat() == Qt::RichText || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
    // QLabel indents when asked to, or by half an "x" inside a frame; it underlines a mnemonic
    // for its buddy; it never measures narrower than a minimum width. Those stay QLabel's to measure.
    return rich && wordWrap() && indent() <= 0 && (indent() == 0 || frameWidth() == 0) && !buddy()
        && minimumWidth() == 0 && pixmap().isNull();
}

QSize WrappedLabel::measure(int width) const
{
    if (!m_document) {
        // Set up as QLabel sets up its own: the label's font, no document margin, its alignment
        // and word wrapping.
        m_document = std::make_unique<QTextDocument>();
        m_document->setUndoRedoEnabled(false);
        m_document->setDefaultFont(font());
        QTextOption option = m_document->defaultTextOption();
        option.setAlignment(QFlag(int(alignment()) | int(Qt::TextWordWrap)));
        option.setWrapMode(QTextOption::WordWrap);
        m_document->setDefaultTextOption(option);
        m_document->setHtml(text());
        m_document->setDocumentMargin(0);
        m_laidOutFor = -1;
    }
    const QMargins contents = contentsMargins();
    const int extra = 2 * margin();
    const qreal textWidth = qMax(width - extra - contents.left() - contents.right(), 0);
    if (textWidth != m_laidOutFor) {
        m_document->setTextWidth(textWidth);
        m_laidOutFor = textWidth;
    }
    const QSizeF size = m_document->size();
    const QSize text(int(std::ceil(size.width())), int(std::ceil(size.height())));
    return (text + QSize(extra + contents.left() + contents.right(), extra + contents.top() + contents.bottom()))
        .expandedTo(minimumSize());
}

int WrappedLabel::oneLineWidth() const
{
    measure(QWIDGETSIZE_MAX);
    const QMargins contents = contentsMargins();
    return int(std::ceil(m_document->idealWidth())) + 2 * margin() + contents.left() + contents.right();
}

QSize WrappedLabel::sizeHint() const
{
    // As QLabel: the style's font and margins first.
    ensurePolished();
    forgetIfChanged();
    if (m_sizeHint.isValid())
        return m_sizeHint;
    if (!measuresItself()) {
        m_sizeHint = QLabel::sizeHint();
        return m_sizeHint;
    }
    const int longest = preferredLineLength * fontMetrics().horizontalAdvance(QLatin1Char('x')) + 2 * margin()
        + contentsMargins().left() + contentsMargins().right();
    const int width = qMin(oneLineWidth(), longest);
    m_sizeHint = QSize(width, heightForWidth(width));
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    ensurePolished();
    forgetIfChanged();
    if (m_minimumSizeHint.isValid())
        return m_minimumSizeHint;
    if (!measuresItself()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
        return m_minimumSizeHint;
    }
    // As QLabel: as narrow as the longest word, as high as the text on one line.
    const int height = measure(QWIDGETSIZE_MAX).height();
    m_minimumSizeHint = QSize(measure(0).width(), qMin(height, sizeHint().height()));
    return m_minimumSizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    for (const QPair<int, int> &known : std::as_const(m_heights)) {
        if (known.first == width)
            return known.second;
    }
    const int height = measuresItself() ? measure(width).height() : QLabel::heightForWidth(width);
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
