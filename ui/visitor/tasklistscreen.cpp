// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visitor/tasklistscreen.h"

#include "core/catalogue/catalogue.h"
#include "core/catalogue/searchresultsmodel.h"
#include "ui/common/theme.h"
#include "ui/visitor/picture.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace HealthHub::Ui {

namespace {
constexpr int kIconPx = 72;

/**
 * A button that holds a layout (icon, title, summary) and is as tall as its wrapped words need, so a tile
 * grows with the text size instead of clipping it. QPushButton alone sizes itself by its own text.
 */
class TaskTile final : public QPushButton
{
public:
    using QPushButton::QPushButton;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        return std::max(QPushButton::sizeHint().height(), layout()->totalHeightForWidth(width));
    }
    QSize sizeHint() const override
    {
        const QSize hint = layout()->totalSizeHint();
        return {hint.width(), heightForWidth(hint.width())};
    }
    QSize minimumSizeHint() const override { return {layout()->totalMinimumSize().width(), kIconPx}; }
};
} // namespace

TaskListScreen::TaskListScreen(const Catalogue::Catalogue *catalogue, const Catalogue::SearchIndex *index,
                               QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_model(new Catalogue::SearchResultsModel(catalogue, index, this))
{
    setObjectName(QStringLiteral("taskList"));
    QWidget *page = makeScrollingPage(this);
    auto *layout = static_cast<QVBoxLayout *>(page->layout());
    m_title = makeLabel(QString(), Kind::Title, QStringLiteral("taskListTitle"), page);
    m_sentence = makeLabel(QString(), Kind::Lead, QStringLiteral("taskListSentence"), page);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_clear = makeButton(QString(), Kind::Secondary, QStringLiteral("clearSearchButton"), page);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    layout->addLayout(searchRow);

    m_noResults = makeLabel(QString(), Kind::Lead, QStringLiteral("noResultsLabel"), page);
    m_noResults->hide();
    layout->addWidget(m_noResults);

    m_tiles = new QVBoxLayout;
    m_tiles->setSpacing(16);
    layout->addLayout(m_tiles);
    layout->addStretch(1);

    for (const Catalogue::Task &task : catalogue->tasks()) {
        m_tileById.insert(task.id, makeTile(task.id));
    }
    retranslateUi();
    connect(m_search, &QLineEdit::textChanged, m_model, &Catalogue::SearchResultsModel::setQuery);
    connect(m_clear, &QPushButton::clicked, m_search, &QLineEdit::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskListScreen::showResults);
    showResults();
}

QPushButton *TaskListScreen::makeTile(const QString &taskId)
{
    const Catalogue::Task *task = m_catalogue->task(taskId);
    // A button holding a layout: the title and summary wrap at any text size, and the whole tile is one target.
    auto *tile = new TaskTile;
    tile->setObjectName(QStringLiteral("task_") + taskId);
    tile->setProperty("kind", QLatin1String(Kind::Secondary));
    tile->setFocusPolicy(Qt::StrongFocus);
    tile->setAutoDefault(true); // Enter chooses it, as Space does

    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    tile->setSizePolicy(policy);
    tile->setStyleSheet(QStringLiteral("QLabel { background: transparent; }"));
    auto *row = new QHBoxLayout(tile);
    row->setContentsMargins(20, 12, 20, 12);
    row->setSpacing(20);
    auto *icon = new QLabel(tile);
    icon->setObjectName(QStringLiteral("taskIcon_") + taskId);
    icon->setPixmap(renderPicture(task->icon, QSize(kIconPx, kIconPx), devicePixelRatioF()));
    icon->setFixedSize(kIconPx, kIconPx);
    row->addWidget(icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->setSpacing(4);
    auto *title = makeLabel(QString(), Kind::Lead, QStringLiteral("taskTitle_") + taskId, tile);
    auto *summary = makeLabel(QString(), Kind::Body, QStringLiteral("taskSummary_") + taskId, tile);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    words->addWidget(title);
    words->addWidget(summary);
    row->addLayout(words, 1);
    for (QWidget *child :
         {static_cast<QWidget *>(icon), static_cast<QWidget *>(title), static_cast<QWidget *>(summary)}) {
        child->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    connect(tile, &QPushButton::clicked, this, [this, taskId] { Q_EMIT taskChosen(taskId); });
    tile->hide();
    return tile;
}

void TaskListScreen::retranslateUi()
{
    m_title->setText(tr("What do you want to do?"));
    m_sentence->setText(tr("Touch a task. Or type a word to find one."));
    m_search->setPlaceholderText(tr("Type a word, like pills or doctor"));
    m_search->setAccessibleName(tr("Find a task"));
    setButtonText(m_clear, tr("Clear"));
    m_clear->setAccessibleDescription(tr("Empty the search box and show every task"));
    m_noResults->setText(tr("No tasks match these words. Try another word, or touch Get a volunteer."));
    retitleTiles();
}

void TaskListScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TaskListScreen::retitleTiles()
{
    for (auto it = m_tileById.constBegin(); it != m_tileById.constEnd(); ++it) {
        const Catalogue::TaskText &text = m_catalogue->task(it.key())->text(m_model->language());
        it.value()->findChild<QLabel *>(QStringLiteral("taskTitle_") + it.key())->setText(text.title);
        it.value()->findChild<QLabel *>(QStringLiteral("taskSummary_") + it.key())->setText(text.summary);
        it.value()->setAccessibleName(text.title);
        it.value()->setAccessibleDescription(text.summary);
    }
}

void TaskListScreen::showResults()
{
    // Keep the tiles, change only their order and which are shown: no widgets are made while typing.
    while (m_tiles->count() > 0) {
        delete m_tiles->takeAt(0); // the layout item only; the tile stays
    }
    for (QPushButton *tile : std::as_const(m_tileById)) {
        tile->hide();
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QPushButton *tile = m_tileById.value(m_model->taskId(row));
        if (tile) {
            m_tiles->addWidget(tile);
            tile->show();
        }
    }
    m_noResults->setVisible(m_model->rowCount() == 0);
}

void TaskListScreen::setLanguage(const QString &language)
{
    // Titles and summaries come from the guides in this language, or in English where a guide has none.
    m_model->setLanguage(language);
    retitleTiles();
}

void TaskListScreen::clear()
{
    m_search->setText(QString()); // with its undo history: clear() could be undone
}

} // namespace HealthHub::Ui
