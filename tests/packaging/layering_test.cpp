// SPDX-License-Identifier: GPL-3.0-or-later
// The arrows between the layers point one way: app -> ui -> kiosk -> core. This suite reads the sources and the
// CMake files and fails on an include or a link that points the wrong way, naming the file and the line.

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

/** One `#include "..."` line of a project file. */
struct IncludeLine
{
    QString file;
    int line = 0;
    QString target;
};

QString sourceDir()
{
    return qEnvironmentVariable("HEALTHHUB_SOURCE_DIR");
}

QList<IncludeLine> includesUnder(const QString &folder, const QRegularExpression &pattern)
{
    QList<IncludeLine> found;
    QDirIterator it(sourceDir() + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        int number = 0;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine());
            ++number;
            const QRegularExpressionMatch match = pattern.match(text);
            if (match.hasMatch()) {
                found.append({path.mid(sourceDir().size() + 1), number, match.captured(1)});
            }
        }
    }
    return found;
}

QString describe(const QList<IncludeLine> &lines, const QString &why)
{
    QStringList out;
    for (const IncludeLine &include : lines) {
        out.append(
            QStringLiteral("%1:%2 includes %3: %4").arg(include.file).arg(include.line).arg(include.target, why));
    }
    return out.join(QLatin1Char('\n'));
}

/** The healthhub_* libraries a folder's CMakeLists.txt links (PUBLIC_LIBS and PRIVATE_LIBS). */
QSet<QString> linkedLibraries(const QString &folder)
{
    QFile file(sourceDir() + QLatin1Char('/') + folder + QStringLiteral("/CMakeLists.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const int from = text.indexOf(QLatin1String("LIBS"));
    QSet<QString> libraries;
    static const QRegularExpression name(QStringLiteral("healthhub_([a-z_]+)"));
    auto it = name.globalMatch(text.mid(std::max(from, 0)));
    while (it.hasNext()) {
        libraries.insert(it.next().captured(1));
    }
    return libraries;
}

} // namespace

class LayeringTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void arrowsPointOneWay_data();
    void arrowsPointOneWay();
    void coreLinksNoWidgets();
    void coreLibrariesIncludeOnlyWhatTheyLink();
    void recordsAndReportsNeedNoDatabase_data();
    void recordsAndReportsNeedNoDatabase();
};

void LayeringTest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(sourceDir() + QStringLiteral("/core/CMakeLists.txt")),
             "HEALTHHUB_SOURCE_DIR must name the source tree");
}

void LayeringTest::arrowsPointOneWay_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("why");
    QTest::newRow("core") << QStringLiteral("core") << QStringLiteral("(?:kiosk|ui|app)/")
                          << QStringLiteral("core/ must not use kiosk/, ui/ or app/");
    QTest::newRow("kiosk") << QStringLiteral("kiosk") << QStringLiteral("(?:ui|app)/")
                           << QStringLiteral("kiosk/ must not use ui/ or app/");
    QTest::newRow("ui") << QStringLiteral("ui") << QStringLiteral("app/") << QStringLiteral("ui/ must not use app/");
}

void LayeringTest::arrowsPointOneWay()
{
    QFETCH(QString, folder);
    QFETCH(QString, forbidden);
    QFETCH(QString, why);
    const QRegularExpression pattern(QStringLiteral("^\\s*#\\s*include\\s+\"(%1[^\"]*)\"").arg(forbidden));
    const QList<IncludeLine> wrong = includesUnder(folder, pattern);
    QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong, why)));
}

void LayeringTest::coreLinksNoWidgets()
{
    const QRegularExpression widgets(
        QStringLiteral("^\\s*#\\s*include\\s+<(Qt(?:Widgets|WebEngine\\w*)/?[^>]*|Q(?:Widget|"
                       "Application|WebEngine\\w*)\\b[^>]*)>"));
    const QList<IncludeLine> wrong = includesUnder(QStringLiteral("core"), widgets);
    QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong, QStringLiteral("core/ links no Widgets and no WebEngine"))));
    QDirIterator it(sourceDir() + QStringLiteral("/core"), {QStringLiteral("CMakeLists.txt")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const char *name : {"Qt6::Widgets", "Qt6::WebEngine", "healthhub_kiosk", "healthhub_ui"}) {
            QVERIFY2(!text.contains(name), qPrintable(file.fileName() + QStringLiteral(" links ") +
                                                      QString::fromLatin1(name) + QStringLiteral(": core/ must not")));
        }
    }
}

void LayeringTest::recordsAndReportsNeedNoDatabase_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("records") << QStringLiteral("core/records");
    QTest::newRow("reports") << QStringLiteral("core/reports");
}

void LayeringTest::recordsAndReportsNeedNoDatabase()
{
    // The record types and the report formats are values and files: what only shows or writes records must not
    // need SQLCipher or the store that holds the key.
    QFETCH(QString, folder);
    QFile file(sourceDir() + QLatin1Char('/') + folder + QStringLiteral("/CMakeLists.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    for (const char *name : {"SQLCIPHER", "sqlcipher", "healthhub_store", "SODIUM"}) {
        QVERIFY2(!text.contains(name), qPrintable(folder + QStringLiteral(" links ") + QString::fromLatin1(name)));
    }
    const QRegularExpression store(QStringLiteral("^\\s*#\\s*include\\s+[\"<]((?:core/store/|sqlcipher)[^\">]*)[\">]"));
    const QList<IncludeLine> wrong = includesUnder(folder, store);
    QVERIFY2(wrong.isEmpty(), qPrintable(describe(wrong, folder + QStringLiteral(" must not include the store"))));
}

void LayeringTest::coreLibrariesIncludeOnlyWhatTheyLink()
{
    // A core library may include another core library's header only if its CMakeLists.txt links that library.
    const QDir core(sourceDir() + QStringLiteral("/core"));
    const QStringList folders = core.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(folders.size() >= 5);
    const QRegularExpression pattern(QStringLiteral("^\\s*#\\s*include\\s+\"(core/[^\"]+)\""));
    QList<IncludeLine> wrong;
    for (const QString &folder : folders) {
        const QSet<QString> linked = linkedLibraries(QStringLiteral("core/") + folder);
        for (const IncludeLine &include : includesUnder(QStringLiteral("core/") + folder, pattern)) {
            const QString library = include.target.section(QLatin1Char('/'), 1, 1);
            if (library != folder && !linked.contains(library)) {
                wrong.append(include);
            }
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(
                 describe(wrong, QStringLiteral("add the library to the folder's CMakeLists.txt, or do not use it"))));
}

QTEST_GUILESS_MAIN(LayeringTest)
#include "layering_test.moc"
