// Export PDF… on the case page: the preview renders offscreen, the file name is one a clinician
// recognises, Save writes an owner-only PDF and the export is in the case's audit trail.
#include "GuiTestSupport.h"
#include "gui/case/CasePage.h"
#include "gui/case/ExportPdfDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>

using namespace cb;

class TestExportPdfDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    QTemporaryDir m_dir;

    static gui::ExportPdfDialog* openExport(gui::CasePage& page, const char* button)
    {
        QTest::mouseClick(page.findChild<QPushButton*>(QString::fromLatin1(button)), Qt::LeftButton);
        auto* dialog = page.findChild<gui::ExportPdfDialog*>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Whether the preview shows ink: Qt PDF renders its pages on a worker thread, then paints them.
    static bool previewHasInk(QPdfView* view)
    {
        const QImage shot = view->viewport()->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shot.height(); y += 4)
            for (int x = 0; x < shot.width(); x += 4)
                dark += qGray(shot.pixel(x, y)) < 128;
        return dark > 50;
    }

    static int exportsInAuditTrail(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId)
    {
        int n = 0;
        auto trail = ws.cases().auditTrail(user, caseId);
        if (trail.ok())
            for (const auto& e : *trail)
                n += e.action == QLatin1String("case.export");
        return n;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        QVERIFY(m_dir.isValid());
    }

    void shouldPreviewAndSaveTheSummaryOfADecidedCase()
    {
        // GIVEN the chair on the decided case with a dissent
        const auto chair = m_db->logIn(QStringLiteral("chair"));
        gui::CasePage page(m_db->workspace(), chair);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(10));
        const int before = exportsInAuditTrail(m_db->workspace(), chair, 10);
        for (const char* name : {"exportPdfButton", "printCaseButton"}) {
            auto* button = page.findChild<QPushButton*>(QString::fromLatin1(name));
            QVERIFY(button && button->isVisible() && button->isEnabled());
        }
        if (const QByteArray dir = qgetenv("CB_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/case-page.png"));

        // WHEN Export PDF… opens
        auto* dialog = openExport(page, "exportPdfButton");
        QVERIFY(dialog);
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);

        // THEN the preview shows every page and the file name says whose and which document
        auto* view = dialog->findChild<QPdfView*>(QStringLiteral("previewView"));
        QVERIFY(view && view->document());
        QTRY_COMPARE(view->document()->status(), QPdfDocument::Status::Ready);
        QCOMPARE(view->document()->pageCount(), dialog->pageCount());
        QVERIFY(dialog->pageCount() >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(previewHasInk(view), 20000);
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
        const QString name = QFileInfo(file->text()).fileName();
        QVERIFY2(name.startsWith(QStringLiteral("SH-2026-003208_case10_summary_")) &&
                     name.endsWith(QStringLiteral(".pdf")),
                 qPrintable(name));
        QVERIFY(name.contains(test::DemoDatabase::now().date().toString(Qt::ISODate)));
        if (const QByteArray dir = qgetenv("CB_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/export-dialog.png"));

        // WHEN it is saved (over an existing file, confirmed)
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        // (chosen in the file dialog, answered through its test seam: ".pdf" is added)
        gui::FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("summary")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
        QCOMPARE(file->text(), path);
        QVERIFY2(gui::FileDialog::lastProposed().endsWith(name), qPrintable(gui::FileDialog::lastProposed()));
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(save, Qt::LeftButton);

        // THEN a whole PDF readable by its owner only is there, and the export is audited
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(exportsInAuditTrail(m_db->workspace(), chair, 10), before + 1);
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldSwitchToTheOutcomeLetter()
    {
        const auto user = m_db->logIn(QStringLiteral("coordinator"));
        gui::CasePage page(m_db->workspace(), user);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(9));
        auto* dialog = openExport(page, "printCaseButton");
        QVERIFY(dialog);
        auto* print = dialog->findChild<QPushButton*>(QStringLiteral("printButton"));
        QVERIFY(print->isDefault());
        QTRY_VERIFY_WITH_TIMEOUT(print->isEnabled(), 30000);
        dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(1);
        QVERIFY(dialog->isLetter());
        QTRY_VERIFY_WITH_TIMEOUT(print->isEnabled(), 30000);
        QVERIFY(dialog->pageCount() >= 1 && dialog->pageCount() <= 2);
        QTRY_VERIFY_WITH_TIMEOUT(previewHasInk(dialog->findChild<QPdfView*>(QStringLiteral("previewView"))),
                                 20000);
        const QString name =
            QFileInfo(dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->text()).fileName();
        QVERIFY2(name.contains(QStringLiteral("_case9_outcome-letter_")), qPrintable(name));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("exportStatus"))
                    ->text()
                    .contains(QStringLiteral("fingerprint")));
        if (const QByteArray dir = qgetenv("CB_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/export-letter.png"));
        dialog->reject();
    }
};

QTEST_MAIN(TestExportPdfDialog)
#include "TestExportPdfDialog.moc"
