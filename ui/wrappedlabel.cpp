#include "wrappedlabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QStyleOption>
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
    // QLabel indents when asked to, and adds a frame's width and half an "x" inside one; it
    // underlines a mnemonic for its buddy; it never measures narrower than a minimum width. Those
    // stay QLabel's to measure.
    return rich && wordWrap() && indent() <= 0 && frameWidth() == 0 && !buddy() && minimumWidth() == 0
        && pixmap().isNull();
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

void WrappedLabel::computeHints() const
{
    // Three layouts, in the order that needs no other: the text on one line (the minimum height
    // and the widest the preferred size gets), at no width (the minimum width: the longest word),
    // and at the preferred width.
    const QMargins contents = contentsMargins();
    const int extra = 2 * margin() + contents.left() + contents.right();
    const int oneLineHeight = measure(QWIDGETSIZE_MAX).height();
    const int oneLineWidth = int(std::ceil(m_document->idealWidth())) + extra;
    const int narrowest = measure(0).width();
    const int longest = preferredLineLength * fontMetrics().horizontalAdvance(QLatin1Char('x')) + extra;
    const int width = qMin(oneLineWidth, longest);
    m_sizeHint = QSize(width, heightForWidth(width));
    // As QLabel: as narrow as the longest word, as high as the text on one line.
    m_minimumSizeHint = QSize(narrowest, qMin(oneLineHeight, m_sizeHint.height()));
}

QSize WrappedLabel::sizeHint() const
{
    // As QLabel: the style's font and margins first.
    ensurePolished();
    forgetIfChanged();
    if (m_sizeHint.isValid())
        return m_sizeHint;
    if (measuresItself())
        computeHints();
    else
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    ensurePolished();
    forgetIfChanged();
    if (m_minimumSizeHint.isValid())
        return m_minimumSizeHint;
    if (measuresItself())
        computeHints();
    else
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
    const int height = measuresItself() ? measure(width).height() : QLabel::heightForWidth(width);
    if (m_heights.size() == rememberedHeights)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

bool WrappedLabel::paintsItself() const
{
    // Selecting, focusing and links need QLabel's own document (it hit-tests and highlights
    // on it), and a style sheet brings a palette of its own.
    const Qt::TextInteractionFlags interactive = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
        | Qt::LinksAccessibleByKeyboard | Qt::TextEditable;
    return measuresItself() && !(textInteractionFlags() & interactive) && !hasFocus()
        && !testAttribute(Qt::WA_StyleSheet) && !testAttribute(Qt::WA_StyleSheetTarget) && !text().contains(QLatin1String("<a"), Qt::CaseInsensitive);
}

void WrappedLabel::paintEvent(QPaintEvent *event)
{
    forgetIfChanged();
    if (!paintsItself()) {
        QLabel::paintEvent(event);
        return;
    }
    // As QLabel paints a rich text: its frame, then the document laid out for the contents'
    // width, placed by the vertical alignment, in the label's palette (its foreground role as
    // the text colour).
    QPainter painter(this);
    drawFrame(&painter);
    const QRect contents = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    measure(width());
    const qreal height = m_document->documentLayout()->documentSize().height();
    qreal top = 0;
    if (alignment() & Qt::AlignVCenter)
        top = qMax((contents.height() - height) / 2, qreal(0));
    else if (alignment() & Qt::AlignBottom)
        top = qMax(contents.height() - height, qreal(0));
    const QRectF area = QRectF(contents.x(), contents.y() + top, contents.width(), contents.height()).toAlignedRect();

    QStyleOption option;
    option.initFrom(this);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (foregroundRole() != QPalette::Text && isEnabled())
        context.palette.setColor(QPalette::Text, context.palette.color(foregroundRole()));
    painter.translate(area.topLeft());
    painter.setClipRect(area.translated(-area.x(), -area.y()));
    m_document->documentLayout()->draw(&painter, context);
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
