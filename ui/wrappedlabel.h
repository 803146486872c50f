#pragma once

#include <QLabel>
#include <QList>
#include <QPair>

#include <memory>

class QTextDocument;

// A word-wrapped label that measures itself cheaply. QLabel lays its whole text out twice (and
// shapes it again) for every size a layout asks about, and a page's nested layouts ask the same few
// questions dozens of times before its first frame (tests/benchmarks/README.md). This label
// remembers its answers until its text, font, margins or style change, and measures rich text on a
// document of its own that stays laid out for the last width asked.
//
// heightForWidth() and minimumSizeHint() are QLabel's, to the pixel, and so is what it paints
// (tst_wrappedlabel): it paints its own laid-out document, so QLabel's is never laid out. sizeHint()
// is not: for rich text QLabel searches for a pleasing aspect ratio, laying the text out four or
// five more times; this label prefers lines of at most 80 characters (the first width
// QTextDocument::adjustSize() tries). In a layout that gives the label its width and asks its
// height for it, as every page's does, that changes nothing on screen.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    ~WrappedLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Everything a measurement depends on that can change without an event: compared on each
    // question, and the remembered answers dropped when it differs.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        bool wordWrap = false;
        const QWidget *buddy = nullptr;
        QSize minimum;
        QSizePolicy policy;
        bool operator==(const Inputs &other) const;
    };
    Inputs currentInputs() const;
    void forgetIfChanged() const;
    void forget() const;

    // True when the label can measure itself: wrapped rich text without indent, frame or
    // mnemonic (QLabel's own answers, remembered, otherwise).
    bool measuresItself() const;
    // The label's size at `width`, as QLabel's sizeForWidth() gives it (width >= 0).
    QSize measure(int width) const;
    // sizeHint() and minimumSizeHint() of a label that measures itself.
    void computeHints() const;
    // True when painting its own document looks exactly like QLabel's painting: no selection,
    // links, focus or style sheet.
    bool paintsItself() const;

    mutable Inputs m_inputs;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // Width -> height, the latest last; a handful is all a layout pass asks about.
    mutable QList<QPair<int, int>> m_heights;
    mutable std::unique_ptr<QTextDocument> m_document;
    mutable qreal m_laidOutFor = -1;
};
