#include "illustrationview.h"

#include <QPainter>
#include <QSvgRenderer>

IllustrationView::IllustrationView(const QString &resourcePath, QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(resourcePath, this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(320, 180);
}

bool IllustrationView::isValid() const
{
    return m_renderer->isValid();
}

QSize IllustrationView::sizeHint() const
{
    return {480, 270};
}

int IllustrationView::heightForWidth(int width) const
{
    const QSizeF size = m_renderer->defaultSize();
    if (size.isEmpty())
        return width * 9 / 16;
    return int(width * size.height() / size.width());
}

void IllustrationView::paintEvent(QPaintEvent *)
{
    if (!m_renderer->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF target = m_renderer->defaultSize();
    target.scale(size(), Qt::KeepAspectRatio);
    const QRectF area(QPointF((width() - target.width()) / 2, (height() - target.height()) / 2), target);
    m_renderer->render(&painter, area);
}
