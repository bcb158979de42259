// Prints, from one run: the time CellBoard takes to export the index case's summary as a PDF
// (dossier read, HTML built, laid out and painted by QPdfWriter, in process), beside the time
// wkhtmltopdf and LibreOffice (headless, "HTML (StarWriter)" import) take to convert the same
// summary's HTML to PDF, as ratios. Figures only, never asserted. The two converters are installed
// only for this comparison (`packaging/cellboard-dev bench`); without them it says so.

#include "report/CaseSummary.h"
#include "report/PdfRenderer.h"
#include "services/AuthService.h"
#include "services/DemoProgram.h"
#include "services/ReportService.h"
#include "services/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace cb;

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

template <typename F> double median(int runs, F&& f)
{
    QList<double> v;
    for (int i = 0; i < runs; ++i)
        v << f();
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Runs a converter; the elapsed milliseconds, or a negative value when it failed.
double timeProcess(const QString& program, const QStringList& args, const QString& expectedOutput)
{
    QFile::remove(expectedOutput);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               QStringLiteral("offscreen")); // wkhtmltopdf is a Qt 5 program
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit ||
        !QFile::exists(expectedOutput)) {
        std::printf("  %s failed: %s\n", qPrintable(QFileInfo(program).fileName()),
                    qPrintable(QString::fromLocal8Bit(p.readAll()).left(300)));
        return -1;
    }
    return ms(t);
}

void printRatio(const char* what, double theirs, double ours)
{
    if (theirs < 0)
        return;
    std::printf("%-46s %8.1f ms   %5.2f × CellBoard's time (CellBoard takes %.0f%% of it)\n", what, theirs,
                theirs / ours, 100.0 * ours / theirs);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    auto ws = services::Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")),
                                        services::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const QString password = QStringLiteral("bench-demo-password");
    if (auto st = services::DemoProgram(**ws).load(password); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    auto login = (*ws)->auth().login(QStringLiteral("chair"), password);
    if (!login.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(login.error().message));
        return 1;
    }
    const core::UserIdentity chair = login->user;
    const qint64 indexCase = 1;
    const QPageSize a4(QPageSize::A4);
    const int runs = qEnvironmentVariableIntValue("CELLBOARD_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("CELLBOARD_BENCH_RUNS")
                         : 5;

    // warm-up: fonts loaded once per process, as in the application
    auto first = (*ws)->reports().dossier(chair, indexCase);
    if (!first.ok())
        return 1;
    const report::ReportDocument doc = report::CaseSummary::build(*first);
    int pages = 0;
    QByteArray pdf;
    {
        auto r = report::PdfRenderer::renderPdf(doc, a4, [&](int, int total) {
            pages = total;
            return true;
        });
        if (!r.ok())
            return 1;
        pdf = *r;
    }

    const double export_ = median(runs, [&] {
        QElapsedTimer t;
        t.start();
        auto d = (*ws)->reports().dossier(chair, indexCase);
        auto bytes = report::PdfRenderer::renderPdf(report::CaseSummary::build(*d), a4);
        return bytes.ok() ? ms(t) : -1.0;
    });
    const double renderOnly = median(runs, [&] {
        QElapsedTimer t;
        t.start();
        auto bytes = report::PdfRenderer::renderPdf(doc, a4);
        return bytes.ok() ? ms(t) : -1.0;
    });

    // the same summary as a standalone HTML file (its style sheet inline) for the converters
    QString html = doc.html;
    html.replace(
        QStringLiteral("</head>"),
        QStringLiteral(
            "<style>\nbody { font-family: 'DejaVu Sans', 'Noto Sans CJK SC'; font-size: 8.5pt; }\n") +
            report::CaseSummary::styleSheet() + QStringLiteral("</style></head>"));
    const QString htmlPath = dir.filePath(QStringLiteral("summary.html"));
    {
        QFile f(htmlPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(html.toUtf8());
    }

    std::printf(
        "PDF export of the index case's summary (case %lld, %d pages A4, %lld bytes HTML, %lld bytes PDF), "
        "medians of %d runs\n",
        indexCase, pages, qint64(html.toUtf8().size()), qint64(pdf.size()), runs);
    std::printf("%-46s %8.1f ms\n", "CellBoard: dossier + HTML + QPdfWriter", export_);
    std::printf("%-46s %8.1f ms\n", "CellBoard: layout + paint only", renderOnly);

    const QString wkhtml = QStandardPaths::findExecutable(QStringLiteral("wkhtmltopdf"));
    if (wkhtml.isEmpty()) {
        std::printf(
            "wkhtmltopdf: not installed (packaging/cellboard-dev bench installs it); no comparison\n");
    } else {
        const QString out = dir.filePath(QStringLiteral("wk.pdf"));
        const QStringList args{QStringLiteral("-q"), QStringLiteral("--page-size"), QStringLiteral("A4"),
                               htmlPath, out};
        timeProcess(wkhtml, args, out); // warm-up (font cache)
        printRatio("wkhtmltopdf, same HTML", median(runs, [&] { return timeProcess(wkhtml, args, out); }),
                   export_);
    }

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        std::printf("LibreOffice (soffice): not installed (packaging/cellboard-dev bench installs "
                    "libreoffice-writer-nogui); no comparison\n");
    } else {
        const QString outDir = dir.filePath(QStringLiteral("lo"));
        QDir().mkpath(outDir);
        const QStringList args{QStringLiteral("-env:UserInstallation=file://") +
                                   dir.filePath(QStringLiteral("lo-profile")),
                               QStringLiteral("--headless"),
                               QStringLiteral("--infilter=HTML (StarWriter)"),
                               QStringLiteral("--convert-to"),
                               QStringLiteral("pdf"),
                               QStringLiteral("--outdir"),
                               outDir,
                               htmlPath};
        const QString out = QDir(outDir).filePath(QStringLiteral("summary.pdf"));
        timeProcess(soffice, args, out); // warm-up: the first start creates its profile
        printRatio("LibreOffice headless, HTML (StarWriter)",
                   median(std::min(runs, 3), [&] { return timeProcess(soffice, args, out); }), export_);
    }
    return 0;
}
