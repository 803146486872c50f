#pragma once

#include <QWidget>

class QSvgRenderer;

// Shows one of the guide's drawings, scaled to the space it has and never distorted.
class IllustrationView : public QWidget
{
    Q_OBJECT

public:
    explicit IllustrationView(const QString &resourcePath, QWidget *parent = nullptr);

    bool isValid() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
};
