#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QTimer;

namespace akdesk {

class ApiClient;
class SchemaRegistry;
class Workspace;
struct ResourceDescriptor;

/// The list filters a resource's endpoint offers, built from its descriptor: booleans as
/// Any/Yes/No, enums as choices, references as pickers of the referenced objects by name.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(Workspace *workspace, QWidget *parent = nullptr);
    ~FilterBar() override;

    /// Rebuilds the filter inputs for a resource (none for resources without filters).
    void setResource(const ResourceDescriptor *resource);
    QList<QPair<QString, QString>> filters() const;
    bool isEmpty() const { return m_inputs.isEmpty(); }
    /// The input of one filter (a QComboBox), for tests and accessibility.
    QComboBox *input(const QString &name) const;
    /// Empties every input and applies that, a text filter still being typed included.
    void clear();
    /// How long typing into a text filter pauses before the filter applies.
    static constexpr int TypingDelayMs = 300;

Q_SIGNALS:
    void filtersChanged(const QList<QPair<QString, QString>> &filters);

private:
    ApiClient *m_client;
    std::shared_ptr<const SchemaRegistry> m_schema;
    QHBoxLayout *m_layout;
    QList<QPair<QString, QComboBox *>> m_inputs;
    QWidget *m_content = nullptr;
    QTimer *m_typing;
    QList<QPair<QString, QString>> m_applied;
};

} // namespace akdesk
