#include "illustrationview.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QScreen>
#include <QSvgRenderer>

IllustrationView::IllustrationView(const QString &resourcePath, QWidget *parent)
    : QWidget(parent)
    , m_resourcePath(resourcePath)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Small screens and large scales: the picture gives way before the words do.
    setMinimumSize(160, 90);
}

IllustrationView::~IllustrationView() = default;

QSvgRenderer *IllustrationView::renderer() const
{
    if (!m_renderer)
        m_renderer = std::make_unique<QSvgRenderer>(m_resourcePath);
    return m_renderer.get();
}

bool IllustrationView::isValid() const
{
    return renderer()->isValid();
}

QSize IllustrationView::sizeHint() const
{
    return {480, 270};
}

int IllustrationView::heightForWidth(int width) const
{
    const QSizeF size = renderer()->defaultSize();
    const int natural = size.isEmpty() ? width * 9 / 16 : int(width * size.height() / size.width());
    // Never more than a third of the window's height (the screen's, before the window has its
    // size), so the instructions and the values to copy stay in view beside it without scrolling.
    const QScreen *screen = this->screen();
    int cap = screen ? screen->availableGeometry().height() / 3 : 360;
    if (window()->isVisible())
        cap = qMin(cap, window()->height() / 3);
    return qMax(minimumHeight(), qMin(natural, cap));
}

void IllustrationView::setWords(const QHash<QString, QString> &words)
{
    if (words == m_words)
        return;
    m_words = words;
    update();
}

QRectF IllustrationView::pictureArea() const
{
    QSizeF target = renderer()->defaultSize();
    target.scale(size(), Qt::KeepAspectRatio);
    return {QPointF((width() - target.width()) / 2, (height() - target.height()) / 2), target};
}

QRectF IllustrationView::wordsArea(const QString &id) const
{
    QSvgRenderer *svg = renderer();
    if (!svg->isValid() || !svg->elementExists(id))
        return {};
    const QRectF box = svg->transformForElement(id).mapRect(svg->boundsOnElement(id));
    const QRectF view = svg->viewBoxF();
    const QRectF area = pictureArea();
    const qreal scale = area.width() / view.width();
    // A little in from the element's edges, as a button's label is.
    return QRectF(area.x() + (box.x() - view.x()) * scale, area.y() + (box.y() - view.y()) * scale, box.width() * scale,
                  box.height() * scale)
        .adjusted(2, 1, -2, -1);
}

void IllustrationView::paintEvent(QPaintEvent *)
{
    QSvgRenderer *svg = renderer();
    if (!svg->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    svg->render(&painter, pictureArea());

    // The words on the drawing's buttons, white on the button's accent colour.
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const QRectF area = wordsArea(it.key());
        if (area.isEmpty() || it.value().isEmpty())
            continue;
        painter.setFont(wordsFont(it.key()));
        painter.setPen(Qt::white);
        painter.drawText(area, Qt::AlignCenter, it.value());
    }
}

QFont IllustrationView::wordsFont(const QString &id) const
{
    QFont font = this->font();
    font.setBold(true);
    const QRectF area = wordsArea(id);
    const QString words = m_words.value(id);
    // One line, a third of the button's height: the size of the drawing's own labels; smaller where
    // a language words it longer. A small picture gets small words, as its own labels are small.
    int pixels = qMax(3, int(area.height() / 3));
    for (; pixels > 3; --pixels) {
        font.setPixelSize(pixels);
        if (QFontMetricsF(font).horizontalAdvance(words) <= area.width())
            break;
    }
    font.setPixelSize(pixels);
    return font;
}
