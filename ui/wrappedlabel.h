#pragma once

#include <QLabel>
#include <QList>
#include <QPair>

// A word-wrapped label that remembers its measurements. QLabel lays its whole text out again (and
// shapes it again) for every size a layout asks about, and a page's nested layouts ask the same few
// questions dozens of times before its first frame; the answers change only with the text, the
// font, the margins or the style (tests/benchmarks/README.md).
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

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
        QSizePolicy policy;
        bool operator==(const Inputs &other) const;
    };
    Inputs currentInputs() const;
    void forgetIfChanged() const;
    void forget() const;

    mutable Inputs m_inputs;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // Width -> height, the latest last; a handful is all a layout pass asks about.
    mutable QList<QPair<int, int>> m_heights;
};
