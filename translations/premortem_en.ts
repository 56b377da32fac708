<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoverageStrip</name>
    <message numerus="yes">
        <source>%1: %n note(s)</source>
        <translation>
            <numerusform>%1: %n note</numerusform>
            <numerusform>%1: %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimateEntryDialog</name>
    <message numerus="yes">
        <source>Saved %n estimate(s) for %1. Choose the next person, or close.</source>
        <translation>
            <numerusform>Saved %n estimate for %1. Choose the next person, or close.</numerusform>
            <numerusform>Saved %n estimates for %1. Choose the next person, or close.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimateIndex</name>
    <message numerus="yes">
        <source>Estimates: likelihood %1, blast radius %2 (%n estimate(s)); median %3 × %4</source>
        <translation>
            <numerusform>Estimates: likelihood %1, blast radius %2 (%n estimate); median %3 × %4</numerusform>
            <numerusform>Estimates: likelihood %1, blast radius %2 (%n estimates); median %3 × %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disagreement: the estimates are %n step(s) apart</source>
        <translation>
            <numerusform>Disagreement: the estimates are %n step apart</numerusform>
            <numerusform>Disagreement: the estimates are %n steps apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message numerus="yes">
        <source>Reveal %n Note(s)</source>
        <translation>
            <numerusform>Reveal %n Note</numerusform>
            <numerusform>Reveal %n Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeController</name>
    <message numerus="yes">
        <source>Merged %n file(s): %1 change(s). Undo takes the merge back.</source>
        <translation>
            <numerusform>Merged %n file: %1 change. Undo takes the merge back.</numerusform>
            <numerusform>Merged %n files: %1 changes. Undo takes the merge back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s): nothing new.</source>
        <translation>
            <numerusform>Merged %n file: nothing new.</numerusform>
            <numerusform>Merged %n files: nothing new.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <source>Merging %n file(s) into “%1” makes these changes:</source>
        <translation>
            <numerusform>Merging %n file into “%1” makes these changes:</numerusform>
            <numerusform>Merging %n files into “%1” makes these changes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure mode(s)</source>
        <translation>
            <numerusform>%n failure mode</numerusform>
            <numerusform>%n failure modes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open high risk(s)</source>
        <translation>
            <numerusform>%n open high risk</numerusform>
            <numerusform>%n open high risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation>
            <numerusform>%1 — %n note</numerusform>
            <numerusform>%1 — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message numerus="yes">
        <source>Score %n Failure Mode(s)</source>
        <translation>
            <numerusform>Score %n Failure Mode</numerusform>
            <numerusform>Score %n Failure Modes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message numerus="yes">
        <source>each has %n dot(s).</source>
        <translation>
            <numerusform>each has %n dot.</numerusform>
            <numerusform>each has %n dots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) on this failure mode</source>
        <translation>
            <numerusform>%n dot on this failure mode</numerusform>
            <numerusform>%n dots on this failure mode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WritingBar</name>
    <message numerus="yes">
        <source>%1: %n note(s)</source>
        <translation>
            <numerusform>%1: %n note</numerusform>
            <numerusform>%1: %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others: %n note(s)</source>
        <translation>
            <numerusform>Others: %n note</numerusform>
            <numerusform>Others: %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) still face down.</source>
        <translation>
            <numerusform>%n note still face down.</numerusform>
            <numerusform>%n notes still face down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>Reveal %n note</numerusform>
            <numerusform>Reveal %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s) (%1)</source>
        <translation>
            <numerusform>Reveal %n note (%1)</numerusform>
            <numerusform>Reveal %n notes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n note(s) face up: the room can read them.</source>
        <translation>
            <numerusform>%n note face up: the room can read it.</numerusform>
            <numerusform>All %n notes face up: the room can read them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>board::BoardView</name>
    <message numerus="yes">
        <source>Stack %n Note(s)</source>
        <translation>
            <numerusform>Stack %n Note</numerusform>
            <numerusform>Stack %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %n Note(s) on “%1”</source>
        <translation>
            <numerusform>Cluster %n Note on “%1”</numerusform>
            <numerusform>Cluster %n Notes on “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>Move %n Note</numerusform>
            <numerusform>Move %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Component(s)</source>
        <translation>
            <numerusform>Move %n Component</numerusform>
            <numerusform>Move %n Components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>Delete %n Note</numerusform>
            <numerusform>Delete %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>Delete %n Item</numerusform>
            <numerusform>Delete %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Note(s)</source>
        <translation>
            <numerusform>Duplicate %n Note</numerusform>
            <numerusform>Duplicate %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n Note(s) out of Stack</source>
        <translation>
            <numerusform>Take %n Note out of Stack</numerusform>
            <numerusform>Take %n Notes out of Stack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stack of %n note(s)</source>
        <translation>
            <numerusform>Stack of %n note</numerusform>
            <numerusform>Stack of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected note(s)</source>
        <translation>
            <numerusform>%n selected note</numerusform>
            <numerusform>%n selected notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Dependency(s)</source>
        <translation>
            <numerusform>Delete %n Dependency</numerusform>
            <numerusform>Delete %n Dependencys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure mode(s) above %1 lack a committed mitigation with an owner and a due date:</source>
        <translation>
            <numerusform>%n failure mode above %1 lack a committed mitigation with an owner and a due date:</numerusform>
            <numerusform>%n failure modes above %1 lack a committed mitigation with an owner and a due date:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) not scored yet, so not checked:</source>
        <translation>
            <numerusform>%n risk not scored yet, so not checked:</numerusform>
            <numerusform>%n risks not scored yet, so not checked:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>matrix::MatrixView</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ArchitectureImportPlan</name>
    <message numerus="yes">
        <source>Keep %n dependency arrow(s) the workshop has already</source>
        <translation>
            <numerusform>Keep %n dependency arrow the workshop has already</numerusform>
            <numerusform>Keep %n dependency arrows the workshop has already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::ArchitectureWarning</name>
    <message numerus="yes">
        <source>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component(s).</source>
        <translation>
            <numerusform>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component.</numerusform>
            <numerusform>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n components.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component(s), user-facing ones among them.</source>
        <translation>
            <numerusform>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component, user-facing ones among them.</numerusform>
            <numerusform>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n components, user-facing ones among them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a single point of failure nobody discussed: a failure there reaches %2 of %n component(s), and it has no failure mode yet.</source>
        <translation>
            <numerusform>“%1” is a single point of failure nobody discussed: a failure there reaches %2 of %n component, and it has no failure mode yet.</numerusform>
            <numerusform>“%1” is a single point of failure nobody discussed: a failure there reaches %2 of %n components, and it has no failure mode yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::EmptyExport</name>
    <message numerus="yes">
        <source>%n mitigation(s) are “%1”</source>
        <translation>
            <numerusform>%n mitigation is “%1”</numerusform>
            <numerusform>%n mitigations are “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s) are rejected</source>
        <translation>
            <numerusform>%n mitigation is rejected</numerusform>
            <numerusform>%n mitigations are rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::Export</name>
    <message numerus="yes">
        <source>%n failure mode(s) not scored yet.</source>
        <translation>
            <numerusform>%n failure mode not scored yet.</numerusform>
            <numerusform>%n failure modes not scored yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::Merger</name>
    <message numerus="yes">
        <source>This workshop does not record authors: %n note(s) were merged without their author.</source>
        <translation>
            <numerusform>This workshop does not record authors: %n note were merged without their author.</numerusform>
            <numerusform>This workshop does not record authors: %n notes were merged without their author.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::Reach</name>
    <message numerus="yes">
        <source>%1 of %n component(s)</source>
        <translation>
            <numerusform>%1 of %n component</numerusform>
            <numerusform>%1 of %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
