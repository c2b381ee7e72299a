// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real healthhub binary for each role on the test X server and checks what it shows.

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class SmokeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void homeScreen_data();
    void homeScreen();
    void badConfigurationExitsWithTwo();
    void versionNeedsNoDisplay();
    void unknownScreenIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QString m_binary;
    QTemporaryDir m_dir;
};

void SmokeTest::initTestCase()
{
    m_binary = qEnvironmentVariable("HEALTHHUB_BINARY");
    QVERIFY2(QFile::exists(m_binary), "HEALTHHUB_BINARY must name the built healthhub");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run under the test runner, which starts Xvfb");
    QVERIFY(m_dir.isValid());
}

SmokeTest::Run SmokeTest::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binary, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void SmokeTest::homeScreen_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("widgets");

    QTest::newRow("visitor") << "visitor"
                             << QStringList{QStringLiteral("mainWindow"), QStringLiteral("hubNameLabel"),
                                            QStringLiteral("demoBadge"), QStringLiteral("visitorHome"),
                                            QStringLiteral("startButton"), QStringLiteral("languageButton"),
                                            QStringLiteral("displayButton"), QStringLiteral("backButton"),
                                            QStringLiteral("homeButton"), QStringLiteral("helpButton"),
                                            QStringLiteral("finishButton")};
    QTest::newRow("console") << "console"
                             << QStringList{QStringLiteral("mainWindow"), QStringLiteral("consoleHome"),
                                            QStringLiteral("unlockButton")};
    QTest::newRow("booth") << "booth"
                           << QStringList{QStringLiteral("mainWindow"), QStringLiteral("boothHome"),
                                          QStringLiteral("checkButton"), QStringLiteral("joinButton"),
                                          QStringLiteral("finishButton")};
}

void SmokeTest::homeScreen()
{
    QFETCH(QString, role);
    QFETCH(QStringList, widgets);

    const QString png = m_dir.filePath(role + QStringLiteral(".png"));
    const QString json = m_dir.filePath(role + QStringLiteral(".json"));
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--role"), role, QStringLiteral("--screenshot"),
                            png, QStringLiteral("--inspect"), json});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // The widgets, found by objectName in the tree the application wrote.
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray tree = QJsonDocument::fromJson(file.readAll()).array();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &value : tree) {
        const QJsonObject widget = value.toObject();
        byName.insert(widget.value(QStringLiteral("objectName")).toString(), widget);
    }
    for (const QString &name : std::as_const(widgets)) {
        QVERIFY2(byName.contains(name), qPrintable(name + QStringLiteral(" is not on the ") + role + QStringLiteral(" home screen")));
    }
    // Every visible button is a real touch target and names itself to assistive technology.
    for (const QJsonValue &value : tree) {
        const QJsonObject widget = value.toObject();
        if (widget.value(QStringLiteral("class")).toString() != QLatin1String("QPushButton")) {
            continue;
        }
        const QString name = widget.value(QStringLiteral("objectName")).toString();
        QVERIFY2(widget.value(QStringLiteral("height")).toInt() >= 72, qPrintable(name));
        QVERIFY2(widget.value(QStringLiteral("width")).toInt() >= 72, qPrintable(name));
        QVERIFY2(!widget.value(QStringLiteral("accessibleName")).toString().isEmpty(), qPrintable(name));
        QVERIFY2(!widget.value(QStringLiteral("clipped")).toBool(), qPrintable(name));
    }

    // The screenshot is the window, and not blank.
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 3, "the screenshot is blank");
}

void SmokeTest::badConfigurationExitsWithTwo()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[terminal]\nrole = visitor\nhub_name = Hub\n[visitor]\nidle_seconds = soon\n");
    file.close();
    const Run result = run({QStringLiteral("--config"), path});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(QString::fromUtf8(result.err).trimmed(),
             QStringLiteral("healthhub: ") + path
                 + QStringLiteral(": [visitor] idle_seconds = \"soon\" is not allowed. Use a whole number of seconds "
                                  "from 30 to 3600."));
}

void SmokeTest::versionNeedsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run result = run({QStringLiteral("--version")}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("healthhub 0."));
}

void SmokeTest::unknownScreenIsRefused()
{
    const Run result = run({QStringLiteral("--demo"), QStringLiteral("--show"), QStringLiteral("noSuchScreen"),
                            QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("is not a screen of the visitor role"));
}

QTEST_GUILESS_MAIN(SmokeTest)
#include "smoke_test.moc"
