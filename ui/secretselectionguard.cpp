#include "secretselectionguard.h"

#include "accessiblesecretguard.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>

#include <algorithm>

namespace {

bool installed = false;

// The field marked secret whose selection this is, if any.
bool selectedInSecretField(const QString &selection)
{
    const QWidgetList widgets = QApplication::allWidgets();
    return std::any_of(widgets.cbegin(), widgets.cend(), [&selection](QWidget *widget) {
        const auto *edit = qobject_cast<QLineEdit *>(widget);
        return edit && edit->property(AccessibleSecretGuard::secretProperty).toBool() && edit->hasSelectedText()
            && edit->selectedText() == selection;
    });
}

void keepOutOfSelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only what this program put there: another program's selection is not ours to judge.
    if (!clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    const QMimeData *data = clipboard->mimeData(QClipboard::Selection);
    if (!data || !data->hasText() || data->text().isEmpty() || !selectedInSecretField(data->text()))
        return;
    // Synchronous, inside the notification of the change: the X server learns that this program
    // no longer owns PRIMARY before any other client's request for it is read.
    clipboard->clear(QClipboard::Selection);
}

} // namespace

void SecretSelectionGuard::install()
{
    if (installed || !QGuiApplication::clipboard())
        return;
    installed = true;
    QClipboard *clipboard = QGuiApplication::clipboard();
    QObject::connect(clipboard, &QClipboard::selectionChanged, clipboard, keepOutOfSelection);
}
