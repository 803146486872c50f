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
    return {area.x() + (box.x() - view.x()) * scale, area.y() + (box.y() - view.y()) * scale, box.width() * scale,
            box.height() * scale};
}

void IllustrationView::paintEvent(QPaintEvent *)
{
    QSvgRenderer *svg = renderer();
    if (!svg->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    svg->render(&painter, pictureArea());

    // The words on the drawing's buttons: white on the button's accent colour, as large as fits on
    // one line (two when a language words it longer), never larger than the picture's own labels.
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it) {
        const QRectF area = wordsArea(it.key()).adjusted(2, 1, -2, -1);
        if (area.isEmpty() || it.value().isEmpty())
            continue;
        QFont font = this->font();
        font.setBold(true);
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        for (int pixels = qMin(int(area.height() * 0.45), 16); pixels >= 5; --pixels) {
            font.setPixelSize(pixels);
            const QRectF needed = QFontMetricsF(font).boundingRect(area, flags, it.value());
            if (needed.width() <= area.width() && needed.height() <= area.height())
                break;
        }
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(area, flags, it.value());
    }
}
