#pragma once

#include <QWidget>

#include <memory>

class QSvgRenderer;

// Shows one of the guide's drawings, scaled to the space it has and never distorted.
class IllustrationView : public QWidget
{
    Q_OBJECT

public:
    explicit IllustrationView(const QString &resourcePath, QWidget *parent = nullptr);
    ~IllustrationView() override;

    bool isValid() const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *renderer() const;

    QString m_resourcePath;
    // Parsed on first use: the wizard builds every page at start, but only the first page's
    // drawing is needed for the first frame (tests/benchmarks/bench_firstframe).
    mutable std::unique_ptr<QSvgRenderer> m_renderer;
};
