#pragma once

#include <QHash>
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

    // Words drawn over the picture, in the area of the SVG element with that id (a button of this
    // assistant): the drawing carries no words of ours, so they follow the language applied.
    void setWords(const QHash<QString, QString> &words);
    QHash<QString, QString> words() const { return m_words; }
    // Where the words for `id` are drawn, in the widget's coordinates; empty when the picture has
    // no such element.
    QRectF wordsArea(const QString &id) const;
    // The font the words for `id` are drawn in: on one line, within wordsArea().
    QFont wordsFont(const QString &id) const;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *renderer() const;

    // The area the whole picture is drawn in, kept to its proportions.
    QRectF pictureArea() const;

    QString m_resourcePath;
    QHash<QString, QString> m_words;
    // Parsed on first use: the wizard builds every page at start, but only the first page's
    // drawing is needed for the first frame (tests/benchmarks/bench_firstframe).
    mutable std::unique_ptr<QSvgRenderer> m_renderer;
};
