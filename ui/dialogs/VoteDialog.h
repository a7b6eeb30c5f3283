#pragma once
// VoteDialog: the vote before its confirmation: for, against or abstain, an optional reason (sent with
// castVoteWithReason and kept on chain), and what the chosen vote would do (VoteImpact): the voting
// power it carries and why, whether it brings the proposal to quorum, and whether it turns the outcome
// as the votes stand. It sends nothing: on accept the page builds a VoteAction from support() and
// reason() for TransactionConfirmDialog.
//
// Widgets for tests (objectName): "voteDialog.for", "voteDialog.against", "voteDialog.abstain",
// "voteDialog.reason", "voteDialog.impact", "voteDialog.ok", "voteDialog.cancel".
// Ownership: Qt parent; deletes itself on close. Threading: GUI thread only. Errors: none (the page
// opens it only when VoteImpact::canVote).

#include "ui/models/SnapshotTableModel.h"
#include "wallet/network/VoteImpact.h"

#include <QDialog>

#include <string>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace plinth::ui {

class VoteDialog : public QDialog {
    Q_OBJECT
public:
    VoteDialog(const QString& title, VoteImpact impact, bool snapshotPassed, TokenUnits units, QWidget* parent = nullptr);

    VoteSupport support() const;
    std::string reason() const;

private:
    void updateImpact();

    VoteImpact m_impact;
    TokenUnits m_units;
    QButtonGroup* m_choices;
    QPlainTextEdit* m_reason;
    QLabel* m_impactText;
};

} // namespace plinth::ui
