#include "illustrationview.h"

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

void IllustrationView::paintEvent(QPaintEvent *)
{
    QSvgRenderer *svg = renderer();
    if (!svg->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF target = svg->defaultSize();
    target.scale(size(), Qt::KeepAspectRatio);
    const QRectF area(QPointF((width() - target.width()) / 2, (height() - target.height()) / 2), target);
    svg->render(&painter, area);
}
