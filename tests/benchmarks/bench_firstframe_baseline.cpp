// The baseline of bench_firstframe: a bare Qt Widgets QWizard, as small as a wizard gets, built by
// the same build with the same first-frame hook as zoho-onboarding. Its first page has a title, a
// subtitle and a paragraph, like the assistant's welcome page, but no picture.
#include "firstframeprobe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Baseline wizard"));
    wizard.setWizardStyle(QWizard::ModernStyle);
    wizard.setOption(QWizard::NoBackButtonOnStartPage);

    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Welcome"));
    page->setSubTitle(QStringLiteral("A bare wizard to compare the assistant's first frame with."));
    auto *text = new QLabel(QStringLiteral("A paragraph of text, word-wrapped, where the assistant explains "
                                           "what the next steps will do and what the customer needs."));
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    wizard.addPage(page);
    wizard.addPage(new QWizardPage);
    wizard.resize(760, 680);

    FirstFrameProbe::installIfRequested(&wizard);
    wizard.show();
    return QApplication::exec();
}
