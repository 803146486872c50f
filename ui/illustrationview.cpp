#include "illustrationview.h"

#include <QPainter>
#include <QSvgRenderer>

IllustrationView::IllustrationView(const QString &resourcePath, QWidget *parent)
    : QWidget(parent)
    , m_resourcePath(resourcePath)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(320, 180);
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
    if (size.isEmpty())
        return width * 9 / 16;
    return int(width * size.height() / size.width());
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
