// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace HealthHub::Catalogue {
class Catalogue;
class SearchIndex;
class SearchResultsModel;
} // namespace HealthHub::Catalogue

namespace HealthHub::Ui {

/**
 * "What do you want to do?": a search box and one big tile per task. Empty search shows every task in list
 * order; typing narrows and re-orders the tiles at each key press.
 */
class TaskListScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListScreen)

public:
    TaskListScreen(const Catalogue::Catalogue *catalogue, const Catalogue::SearchIndex *index, QWidget *parent = nullptr);

    Catalogue::SearchResultsModel *model() const { return m_model; }
    QLineEdit *searchBox() const { return m_search; }
    void setLanguage(const QString &language);
    /** Empties the search box (a new visitor starts with every task). */
    void clear();

Q_SIGNALS:
    void taskChosen(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResults();
    QPushButton *makeTile(const QString &taskId);
    void retitleTiles();

    const Catalogue::Catalogue *m_catalogue;
    Catalogue::SearchResultsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_noResults = nullptr;
    QVBoxLayout *m_tiles = nullptr;
    QHash<QString, QPushButton *> m_tileById;
};

} // namespace HealthHub::Ui
