<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Premortem %1&lt;/h3&gt;&lt;p&gt;Run technical pre-mortem workshops: imagine the launch has failed, and work out why before it does.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Premortem authors.&lt;br&gt;Premortem is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Premortem %1&lt;/h3&gt;&lt;p&gt;Technische Pre-Mortem-Workshops durchführen: Stellen Sie sich vor, der Launch ist gescheitert, und finden Sie heraus, warum – bevor es passiert.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Premortem authors.&lt;br&gt;Premortem ist freie Software unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Premortem</source>
        <translation>Über Premortem</translation>
    </message>
</context>
<context>
    <name>ArchitectureImportController</name>
    <message>
        <source>Import Arc&amp;hitecture…</source>
        <translation>&amp;Architektur importieren…</translation>
    </message>
    <message>
        <source>Bring in the components and dependencies of a diagram the team keeps already (Graphviz, Structurizr, draw.io, docker-compose, Mermaid)</source>
        <translation>Die Komponenten und Abhängigkeiten eines Diagramms übernehmen, das das Team schon pflegt (Graphviz, Structurizr, draw.io, docker-compose, Mermaid)</translation>
    </message>
    <message>
        <source>Open or create the workshop to import into first.</source>
        <translation>Öffnen oder erstellen Sie zuerst den Workshop, in den importiert werden soll.</translation>
    </message>
    <message>
        <source>This workshop is open for viewing only.</source>
        <translation>Dieser Workshop ist nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>Import Architecture</source>
        <translation>Architektur importieren</translation>
    </message>
    <message>
        <source>This is what the import will do. It is one step: Undo takes all of it back.</source>
        <translation>Das wird der Import tun. Er ist ein Schritt: Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AxisWordingDialog</name>
    <message>
        <source>Matrix Axis Wording</source>
        <translation>Beschriftung der Matrixachsen</translation>
    </message>
    <message>
        <source>Say what each level means for this system, so the room scores alike. Leave a field empty to keep the wording shown in it.</source>
        <translation>Legen Sie fest, was jede Stufe für dieses System bedeutet, damit alle gleich bewerten. Ein leeres Feld behält die darin angezeigte Beschriftung.</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Restore Built-in Wording</source>
        <translation>Standardbeschriftung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ChangeSetCommand</name>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <source>%1: none yet</source>
        <translation>%1: noch keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s)</source>
        <translation>
            <numerusform>%1: %n Notiz</numerusform>
            <numerusform>%1: %n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1 is not possible here: choose a date from %2 to %3.</source>
        <translation>%1 ist hier nicht möglich: Wählen Sie ein Datum vom %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>EstimateEntryDialog</name>
    <message>
        <source>Save and &amp;Next</source>
        <translation>Speichern und &amp;weiter</translation>
    </message>
    <message>
        <source>Enter Estimates for Someone</source>
        <translation>Schätzungen für jemanden eingeben</translation>
    </message>
    <message>
        <source>For someone without a device. Their estimates stay hidden from the room until you reveal them; if this screen is projected, turn the projector off while you type.</source>
        <translation>Für jemanden ohne eigenes Gerät. Die Schätzungen bleiben vor dem Raum verborgen, bis Sie sie aufdecken; wird dieser Bildschirm projiziert, schalten Sie den Projektor aus, während Sie tippen.</translation>
    </message>
    <message>
        <source>&amp;Whose estimates (type the first letters):</source>
        <translation>W&amp;essen Schätzungen (die ersten Buchstaben tippen):</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Add the participants in the People phase first.</source>
        <translation>Fügen Sie zuerst in der Phase „Personen“ die Teilnehmenden hinzu.</translation>
    </message>
    <message>
        <source>Enter chooses the highlighted name.</source>
        <translation>Eingabe wählt den markierten Namen.</translation>
    </message>
    <message>
        <source>– not chosen –</source>
        <translation>– nicht gewählt –</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>W&amp;ahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Blast radius:</source>
        <translation>Auswirkungs&amp;radius:</translation>
    </message>
    <message>
        <source>Type a digit to choose, Tab to the other, Enter to save and go on.</source>
        <translation>Eine Ziffer wählt, Tab wechselt zur anderen, Eingabe speichert und geht weiter.</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Done with This Person</source>
        <translation>&amp;Fertig mit dieser Person</translation>
    </message>
    <message>
        <source>Nobody&apos;s name starts with “%1”.</source>
        <translation>Kein Name beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>There is no failure mode to estimate yet.</source>
        <translation>Es gibt noch keinen Fehlermodus zu schätzen.</translation>
    </message>
    <message>
        <source>%1: failure mode %2 of %3</source>
        <translation>%1: Fehlermodus %2 von %3</translation>
    </message>
    <message>
        <source>Already scored; a new choice replaces it.</source>
        <translation>Schon geschätzt; eine neue Wahl ersetzt die Schätzung.</translation>
    </message>
    <message>
        <source>Choose both likelihood and blast radius, or neither to skip.</source>
        <translation>Wählen Sie Wahrscheinlichkeit und Auswirkungsradius, oder keins von beiden, um zu überspringen.</translation>
    </message>
    <message>
        <source>Enter Estimate for %1</source>
        <translation>Schätzung für %1 eingeben</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n estimate(s) for %1. Choose the next person, or close.</source>
        <translation>
            <numerusform>%n Schätzung für %1 gespeichert. Wählen Sie die nächste Person oder schließen Sie.</numerusform>
            <numerusform>%n Schätzungen für %1 gespeichert. Wählen Sie die nächste Person oder schließen Sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimateIndex</name>
    <message numerus="yes">
        <source>Estimates: likelihood %1, blast radius %2 (%n estimate(s)); median %3 × %4</source>
        <translation>
            <numerusform>Schätzungen: Wahrscheinlichkeit %1, Auswirkungsradius %2 (%n Schätzung); Median %3 × %4</numerusform>
            <numerusform>Schätzungen: Wahrscheinlichkeit %1, Auswirkungsradius %2 (%n Schätzungen); Median %3 × %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disagreement: the estimates are %n step(s) apart</source>
        <translation>
            <numerusform>Uneinigkeit: die Schätzungen liegen %n Stufe auseinander</numerusform>
            <numerusform>Uneinigkeit: die Schätzungen liegen %n Stufen auseinander</numerusform>
        </translation>
    </message>
    <message>
        <source>reaches %1 of %2 components</source>
        <translation>erreicht %1 von %2 Komponenten</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Prompt Cards</source>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation>Öffnen Sie zuerst einen Workshop.</translation>
    </message>
    <message>
        <source>Go to Phase “%1”</source>
        <translation>Zu Phase „%1“ wechseln</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz aufdecken</numerusform>
            <numerusform>%n Notizen aufdecken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitationPanels</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Dot Vote</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Anonymous Mode</source>
        <translation>&amp;Anonymer Modus</translation>
    </message>
    <message>
        <source>Hide who wrote each note on the board, the matrix and exports</source>
        <translation>Verbergen, wer welche Notiz geschrieben hat – auf dem Board, in der Matrix und in Exporten</translation>
    </message>
    <message>
        <source>&amp;Record Authors in the File</source>
        <translation>Autoren in der Datei &amp;speichern</translation>
    </message>
    <message>
        <source>Off: the file keeps no authors; existing ones are removed</source>
        <translation>Aus: Die Datei speichert keine Autoren; vorhandene werden entfernt</translation>
    </message>
    <message>
        <source>Turn On Anonymous Mode</source>
        <translation>Anonymen Modus einschalten</translation>
    </message>
    <message>
        <source>Turn Off Anonymous Mode</source>
        <translation>Anonymen Modus ausschalten</translation>
    </message>
    <message>
        <source>Record Authors</source>
        <translation>Autoren speichern</translation>
    </message>
    <message>
        <source>Stop Recording Authors</source>
        <translation>Autoren nicht mehr speichern</translation>
    </message>
</context>
<context>
    <name>FrameEditor</name>
    <message>
        <source>The launch or system under review</source>
        <translation>Der Launch oder das betrachtete System</translation>
    </message>
    <message>
        <source>It is &lt;date&gt;. &lt;launch&gt; has failed. What did users see?</source>
        <translation>Es ist &lt;Datum&gt;. &lt;Launch&gt; ist gescheitert. Was sahen die Nutzenden?</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>%1 saves, %2 cancels</source>
        <translation>%1 speichert, %2 bricht ab</translation>
    </message>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Ein Workshop braucht einen Titel.</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>Scenari&amp;o:</source>
        <translation>Szenari&amp;o:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Name the launch or system and write the failure scenario: “It is &lt;date&gt;. &lt;The launch&gt; has failed. &lt;What users saw&gt;.” Pick a date about six months ahead.</source>
        <translation>Benennen Sie den Launch oder das System und schreiben Sie das Ausfallszenario: „Es ist &lt;Datum&gt;. &lt;Der Launch&gt; ist gescheitert. &lt;Was die Nutzer erlebt haben&gt;.“ Wählen Sie ein Datum etwa sechs Monate in der Zukunft.</translation>
    </message>
    <message>
        <source>List the participants with their role and side. The method needs both the people who build the system and those who run it: check that no side and no key role is missing.</source>
        <translation>Erfassen Sie die Teilnehmenden mit Rolle und Seite. Die Methode braucht beide: die Leute, die das System bauen, und die, die es betreiben. Prüfen Sie, dass keine Seite und keine wichtige Rolle fehlt.</translation>
    </message>
    <message>
        <source>Everyone writes failure causes on their own, one per note, without seeing the others&apos; notes. Press %1 for a new note. If the room runs dry, prompt with the categories: %2.</source>
        <translation>Alle schreiben für sich Ausfallursachen auf, eine pro Notiz, ohne die Notizen der anderen zu sehen. Mit %1 entsteht eine neue Notiz. Wenn dem Raum nichts mehr einfällt, helfen die Kategorien als Anstoß: %2.</translation>
    </message>
    <message>
        <source>Reveal all notes and drag them onto the architecture canvas: components, service boundaries, stack layers. A note dropped on a component belongs to it. Stack duplicates into one failure mode with %1. Draw what depends on what with %2 or a drag from a component&apos;s edge: a failure then shows how far it reaches.</source>
        <translation>Decken Sie alle Notizen auf und ziehen Sie sie auf die Architekturfläche: Komponenten, Dienstgrenzen, Schichten. Eine Notiz, die auf einer Komponente abgelegt wird, gehört zu ihr. Doppelte Notizen stapeln Sie mit %1 zu einem Fehlermodus. Zeichnen Sie mit %2 oder durch Ziehen vom Rand einer Komponente, was wovon abhängt: Ein Fehler zeigt dann, wie weit er reicht.</translation>
    </message>
    <message>
        <source>Give each failure mode a likelihood and a blast radius from 1 to 5. The risk is their product; the highest risks come first. Let everyone score on their own first, from their phone or with %1, reveal the estimates with %2, discuss the widest disagreements first and take the median with %3. Dot votes remain for teams that prefer them.</source>
        <translation>Geben Sie jedem Fehlermodus eine Eintrittswahrscheinlichkeit und eine Tragweite von 1 bis 5. Das Risiko ist ihr Produkt; die höchsten Risiken kommen zuerst. Lassen Sie zuerst alle für sich schätzen, am eigenen Telefon oder mit %1, decken Sie die Schätzungen mit %2 auf, besprechen Sie die größten Abweichungen zuerst und übernehmen Sie den Median mit %3. Punkte-Abstimmungen bleiben für Teams, die sie bevorzugen.</translation>
    </message>
    <message>
        <source>For the top risks, agree on mitigations (automated rollback, feature flag, canary, monitoring, runbook, design change, …) with an owner and a due date, and decide where each goes: the backlog, an architecture decision record or the deployment checklist.</source>
        <translation>Vereinbaren Sie für die größten Risiken Maßnahmen (automatischer Rollback, Feature-Flag, Canary, Monitoring, Runbook, Designänderung, …) mit verantwortlicher Person und Termin, und legen Sie fest, wohin jede gehört: ins Backlog, in eine Architekturentscheidung (ADR) oder in die Deployment-Checkliste.</translation>
    </message>
    <message>
        <source>Export the results into the tools the team already uses, and share the workshop file.</source>
        <translation>Exportieren Sie die Ergebnisse in die Werkzeuge, die das Team ohnehin nutzt, und geben Sie die Workshop-Datei weiter.</translation>
    </message>
    <message>
        <source>Months later, open the file again: mark which failure modes happened and which mitigations worked.</source>
        <translation>Öffnen Sie die Datei Monate später erneut: Markieren Sie, welche Fehlermodi eingetreten sind und welche Maßnahmen gewirkt haben.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Running a pre-mortem</source>
        <translation>Ein Pre-Mortem durchführen</translation>
    </message>
    <message>
        <source>In a pre-mortem the team imagines that the launch has already failed, six months from now, and works backwards to why. Plan about an hour, with a facilitator at the keyboard and everyone looking at one projected screen.</source>
        <translation>Bei einem Pre-Mortem stellt sich das Team vor, der Launch sei bereits gescheitert – sechs Monate von heute an – und arbeitet sich rückwärts zu den Gründen vor. Planen Sie etwa eine Stunde ein, mit einer Moderation an der Tastatur und allen mit Blick auf eine gemeinsame Projektion.</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Vor der Sitzung</translation>
    </message>
    <message>
        <source>Create the workshop with %1 and give it the launch&apos;s name.</source>
        <translation>Legen Sie den Workshop mit %1 an und geben Sie ihm den Namen des Launches.</translation>
    </message>
    <message>
        <source>On the projector, press %1 for presentation mode: larger type, no panels. %2 leaves it.</source>
        <translation>Drücken Sie am Projektor %1 für den Präsentationsmodus: größere Schrift, keine Seitenleisten. %2 beendet ihn.</translation>
    </message>
    <message>
        <source>There is nothing to save: every change is in the file at once, and every change can be undone with %1.</source>
        <translation>Speichern ist nicht nötig: Jede Änderung steht sofort in der Datei und lässt sich mit %1 rückgängig machen.</translation>
    </message>
    <message>
        <source>The phases</source>
        <translation>Die Phasen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Workshop Guide</source>
        <translation>Workshop-Leitfaden</translation>
    </message>
    <message>
        <source>Workshop guide</source>
        <translation>Workshop-Leitfaden</translation>
    </message>
    <message>
        <source>So that everyone writes on their own phone or laptop, press %1 (Workshop &gt; Invite the Room): the projector shows an address and a QR code to join. No account, no install; the notes stay on this computer.</source>
        <translation>Damit alle auf dem eigenen Handy oder Laptop schreiben, drücken Sie %1 (Workshop &gt; Den Raum einladen): Der Projektor zeigt eine Adresse und einen QR-Code zum Beitreten. Kein Konto, keine Installation; die Notizen bleiben auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>LookbackModel</name>
    <message>
        <source>SURPRISE</source>
        <translation>ÜBERRASCHUNG</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Ctrl+click or press Ctrl+Return to open; F2 to edit</source>
        <translation>Strg+Klick oder Strg+Eingabe zum Öffnen; F2 zum Bearbeiten</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Mark Outcome</source>
        <translation>Ergebnis markieren</translation>
    </message>
    <message>
        <source>Set Outcome Date</source>
        <translation>Ergebnisdatum festlegen</translation>
    </message>
    <message>
        <source>Set Post-mortem Reference</source>
        <translation>Post-Mortem-Verweis festlegen</translation>
    </message>
</context>
<context>
    <name>LookbackPanel</name>
    <message>
        <source>Add &amp;Surprise…</source>
        <translation>Ü&amp;berraschung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open Post-mortem</source>
        <translation>Post-Mortem ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Outcomes of the failure modes</source>
        <translation>Ergebnisse der Fehlermodi</translation>
    </message>
    <message>
        <source>A failure that happened although nobody predicted it</source>
        <translation>Ein Ausfall, der eintrat, obwohl ihn niemand vorhergesagt hatte</translation>
    </message>
    <message>
        <source>Mitigations of the selected failure mode</source>
        <translation>Gegenmaßnahmen des ausgewählten Fehlermodus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>What really happened</source>
        <translation>Was tatsächlich geschah</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>No outcomes yet. Mark what happened to each failure mode, and add the surprises nobody predicted.</source>
        <translation>Noch keine Ergebnisse. Markieren Sie, was mit jedem Fehlermodus geschah, und fügen Sie die Überraschungen hinzu, die niemand vorhergesagt hat.</translation>
    </message>
    <message>
        <source>Mitigations: %1</source>
        <translation>Gegenmaßnahmen: %1</translation>
    </message>
    <message>
        <source>Mark Mitigation Done</source>
        <translation>Gegenmaßnahme als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark Mitigation Not Done</source>
        <translation>Gegenmaßnahme als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Judge Mitigation</source>
        <translation>Gegenmaßnahme bewerten</translation>
    </message>
    <message>
        <source>Add Surprise</source>
        <translation>Überraschung hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2 judged, Brier %3 (the group&apos;s %4)</source>
        <translation>%1: %2 beurteilt, Brier %3 (die Gruppe: %4)</translation>
    </message>
</context>
<context>
    <name>LookbackStatsDialog</name>
    <message>
        <source>Look-back Statistics</source>
        <translation>Rückblick-Statistik</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Folder of Workshops</source>
        <translation>Ordner mit Workshops</translation>
    </message>
    <message>
        <source>%1: %2 workshops counted, %3 with a look-back, %4 skipped</source>
        <translation>%1: %2 Workshops gezählt, %3 mit Rückblick, %4 übersprungen</translation>
    </message>
    <message>
        <source>There are no .premortem files in this folder.</source>
        <translation>In diesem Ordner gibt es keine .premortem-Dateien.</translation>
    </message>
    <message>
        <source>None of these workshops has a look-back yet.</source>
        <translation>Keiner dieser Workshops hat bisher einen Rückblick.</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Premortem workshops (*.premortem)</source>
        <translation>Premortem-Workshops (*.premortem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <source>No notes yet. Press %1 to write the first way this launch could fail.</source>
        <translation>Noch keine Notizen. Drücken Sie %1 und schreiben Sie auf, woran dieser Launch scheitern könnte.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notizen (%n)</numerusform>
            <numerusform>Notizen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Add “%1” to the canvas</source>
        <translation>„%1“ zur Arbeitsfläche hinzufügen</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>Kopie speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Premortem</source>
        <translation>Ü&amp;ber Premortem</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>(menu)</source>
        <translation>(Menü)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation>Öffnen Sie zuerst einen Workshop.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Cannot Open the Workshop</source>
        <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>This file was written by an older version of Premortem and has been upgraded. The original is kept as a backup copy at %1.</source>
        <translation>Diese Datei wurde von einer älteren Premortem-Version geschrieben und wurde aktualisiert. Das Original liegt als Sicherungskopie unter %1.</translation>
    </message>
    <message>
        <source>This workshop is open for viewing only.</source>
        <translation>Dieser Workshop ist nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>Premortem</source>
        <translation>Premortem</translation>
    </message>
    <message>
        <source>%1 (read-only) — Premortem</source>
        <translation>%1 (schreibgeschützt) — Premortem</translation>
    </message>
    <message>
        <source>%1 — Premortem</source>
        <translation>%1 — Premortem</translation>
    </message>
    <message>
        <source>&amp;Score Selected Failure Mode</source>
        <translation>Ausgewählten Fehlermodus &amp;bewerten</translation>
    </message>
    <message>
        <source>Likelihood %1: %2</source>
        <translation>Wahrscheinlichkeit %1: %2</translation>
    </message>
    <message>
        <source>Blast Radius %1: %2</source>
        <translation>Auswirkungsradius %1: %2</translation>
    </message>
    <message>
        <source>Ranked Risks</source>
        <translation>Risiken nach Rang</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnung (%n)</numerusform>
            <numerusform>Warnungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Matrix &amp;Axis Wording…</source>
        <translation>&amp;Achsenbeschriftung der Matrix…</translation>
    </message>
    <message>
        <source>Change Axis Wording</source>
        <translation>Achsenbeschriftung ändern</translation>
    </message>
    <message>
        <source>Look Back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>S&amp;tatistics over a Folder…</source>
        <translation>S&amp;tatistik über einen Ordner…</translation>
    </message>
    <message>
        <source>Folder of Workshops</source>
        <translation>Ordner mit Workshops</translation>
    </message>
    <message>
        <source>No failure scenario yet: press %1 and write what users saw.</source>
        <translation>Noch kein Fehlerszenario: Drücken Sie %1 und schreiben Sie, was die Nutzenden sahen.</translation>
    </message>
    <message>
        <source>Edit Title and Scenario</source>
        <translation>Titel und Szenario bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Select a failure mode to score at its estimates&apos; median.</source>
        <translation>Wählen Sie einen Fehlermodus, um ihn mit dem Median seiner Schätzungen zu bewerten.</translation>
    </message>
    <message>
        <source>Score at the Estimates&apos; Median</source>
        <translation>Mit dem Median der Schätzungen bewerten</translation>
    </message>
    <message>
        <source>Reveal Estimates</source>
        <translation>Schätzungen aufdecken</translation>
    </message>
    <message>
        <source>Hide Estimates</source>
        <translation>Schätzungen verdecken</translation>
    </message>
    <message>
        <source>The estimates have been revealed: hide them again (%1) to enter or change one.</source>
        <translation>Die Schätzungen sind aufgedeckt: verdecken Sie sie wieder (%1), um eine einzugeben oder zu ändern.</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>MergeController</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&amp;Merge Files…</source>
        <translation>Dateien &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Create &amp;Preparation Files…</source>
        <translation>&amp;Vorbereitungsdateien erstellen…</translation>
    </message>
    <message>
        <source>Write one small file per participant to prepare their notes before the workshop</source>
        <translation>Pro teilnehmender Person eine kleine Datei schreiben, um Notizen vor dem Workshop vorzubereiten</translation>
    </message>
    <message>
        <source>Fold participants&apos; files into this workshop, after a preview of the changes</source>
        <translation>Dateien der Teilnehmenden nach einer Vorschau der Änderungen in diesen Workshop übernehmen</translation>
    </message>
    <message>
        <source>Open a workshop first.</source>
        <translation>Öffnen Sie zuerst einen Workshop.</translation>
    </message>
    <message>
        <source>Choose at least one participant.</source>
        <translation>Wählen Sie mindestens eine teilnehmende Person.</translation>
    </message>
    <message>
        <source>One file holds one participant&apos;s notes; choose a folder for more.</source>
        <translation>Eine Datei enthält die Notizen einer Person; wählen Sie für mehrere einen Ordner.</translation>
    </message>
    <message>
        <source>Wrote %1 preparation file(s) to %2.</source>
        <translation>%1 Vorbereitungsdatei(en) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot Create Preparation Files</source>
        <translation>Vorbereitungsdateien können nicht erstellt werden</translation>
    </message>
    <message>
        <source>This workshop has no participants yet; add them first.</source>
        <translation>Dieser Workshop hat noch keine Teilnehmenden; fügen Sie diese zuerst hinzu.</translation>
    </message>
    <message>
        <source>Replace Preparation Files?</source>
        <translation>Vorbereitungsdateien ersetzen?</translation>
    </message>
    <message>
        <source>These files exist already:</source>
        <translation>Diese Dateien existieren bereits:</translation>
    </message>
    <message>
        <source>Replace them? Notes written in them since would be lost.</source>
        <translation>Ersetzen? Seitdem darin geschriebene Notizen gingen verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Open the workshop to merge into first.</source>
        <translation>Öffnen Sie zuerst den Workshop, in den zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>This workshop is open for viewing only.</source>
        <translation>Dieser Workshop ist nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>Choose the files to merge.</source>
        <translation>Wählen Sie die Dateien zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Merge 1 File</source>
        <translation>1 Datei zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 Files</source>
        <translation>%1 Dateien zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s): %1 change(s). Undo takes the merge back.</source>
        <translation>
            <numerusform>%n Datei zusammengeführt: %1 Änderung(en). „Rückgängig“ nimmt das Zusammenführen zurück.</numerusform>
            <numerusform>%n Dateien zusammengeführt: %1 Änderung(en). „Rückgängig“ nimmt das Zusammenführen zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n file(s): nothing new.</source>
        <translation>
            <numerusform>%n Datei zusammengeführt: nichts Neues.</numerusform>
            <numerusform>%n Dateien zusammengeführt: nichts Neues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Merge Files</source>
        <translation>Dateien zusammenführen</translation>
    </message>
    <message>
        <source>Premortem workshops (*.premortem)</source>
        <translation>Premortem-Workshops (*.premortem)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was merged; the workshop is unchanged.</source>
        <translation>Nichts wurde zusammengeführt; der Workshop ist unverändert.</translation>
    </message>
    <message>
        <source>Merge Another Workshop?</source>
        <translation>Anderen Workshop zusammenführen?</translation>
    </message>
    <message>
        <source>These files belong to another workshop:</source>
        <translation>Diese Dateien gehören zu einem anderen Workshop:</translation>
    </message>
    <message>
        <source>Merge them anyway? Their notes, components and failure modes join this workshop; its title and scenario stay as they are.</source>
        <translation>Trotzdem zusammenführen? Ihre Notizen, Komponenten und Fehlermodi werden in diesen Workshop übernommen; Titel und Szenario bleiben unverändert.</translation>
    </message>
    <message>
        <source>Merge &amp;Anyway</source>
        <translation>&amp;Trotzdem zusammenführen</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nichts wurde zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Cannot Open the Workshop</source>
        <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened “%1”. Drop the other files onto it to merge them.</source>
        <translation>„%1“ geöffnet. Ziehen Sie die anderen Dateien darauf, um sie zusammenzuführen.</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge Files</source>
        <translation>Dateien zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n file(s) into “%1” makes these changes:</source>
        <translation>
            <numerusform>Das Zusammenführen von %n Datei in „%1“ bewirkt diese Änderungen:</numerusform>
            <numerusform>Das Zusammenführen von %n Dateien in „%1“ bewirkt diese Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already holds everything in these files; merging them changes nothing.</source>
        <translation>„%1“ enthält bereits alles aus diesen Dateien; das Zusammenführen ändert nichts.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Changes the merge makes</source>
        <translation>Änderungen durch das Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MitigationPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>New mitigation: what will the team do?</source>
        <translation>Neue Gegenmaßnahme: Was wird das Team tun?</translation>
    </message>
    <message>
        <source>Who owns it?</source>
        <translation>Wer ist verantwortlich?</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual blast radius</source>
        <translation>Rest-Auswirkungsradius</translation>
    </message>
    <message>
        <source>No failure mode selected</source>
        <translation>Kein Fehlermodus ausgewählt</translation>
    </message>
    <message>
        <source>Select a failure mode on the board, in the risk matrix or in the ranked list to plan its mitigations.</source>
        <translation>Wählen Sie einen Fehlermodus auf dem Board, in der Risikomatrix oder in der Rangliste aus, um seine Gegenmaßnahmen zu planen.</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2 now · %3 %4 once the committed mitigations are done</source>
        <translation>%1 %2 jetzt · %3 %4 nach Abschluss der zugesagten Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>%1 %2 · no committed mitigation lowers it yet</source>
        <translation>%1 %2 · bisher senkt keine zugesagte Gegenmaßnahme das Risiko</translation>
    </message>
    <message>
        <source>Add Mitigation</source>
        <translation>Gegenmaßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove Mitigation</source>
        <translation>Gegenmaßnahme entfernen</translation>
    </message>
    <message>
        <source>Change Mitigation Type</source>
        <translation>Typ der Gegenmaßnahme ändern</translation>
    </message>
    <message>
        <source>Edit Mitigation</source>
        <translation>Gegenmaßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Set Mitigation Owner</source>
        <translation>Verantwortliche(n) der Gegenmaßnahme festlegen</translation>
    </message>
    <message>
        <source>Set Mitigation Due Date</source>
        <translation>Fälligkeitsdatum der Gegenmaßnahme festlegen</translation>
    </message>
    <message>
        <source>Set Mitigation Status</source>
        <translation>Status der Gegenmaßnahme festlegen</translation>
    </message>
    <message>
        <source>Set Mitigation Destination</source>
        <translation>Ziel der Gegenmaßnahme festlegen</translation>
    </message>
    <message>
        <source>Set Residual Likelihood</source>
        <translation>Restwahrscheinlichkeit festlegen</translation>
    </message>
    <message>
        <source>Set Residual Blast Radius</source>
        <translation>Rest-Auswirkungsradius festlegen</translation>
    </message>
</context>
<context>
    <name>NewWorkshopWizard</name>
    <message>
        <source>What is launching?</source>
        <translation>Was geht an den Start?</translation>
    </message>
    <message>
        <source>A pre-mortem imagines that this launch has already failed, and works back to why.</source>
        <translation>Ein Pre-Mortem stellt sich vor, dass dieser Launch bereits gescheitert ist, und ermittelt rückwärts, warum.</translation>
    </message>
    <message>
        <source>e.g. Checkout service on Kubernetes</source>
        <translation>z. B. Checkout-Service auf Kubernetes</translation>
    </message>
    <message>
        <source>&amp;Launch or system:</source>
        <translation>&amp;Launch oder System:</translation>
    </message>
    <message>
        <source>What kind of launch is it?</source>
        <translation>Welche Art von Launch ist es?</translation>
    </message>
    <message>
        <source>A template puts the usual components on the board and suggests what to look at. You can change all of it.</source>
        <translation>Eine Vorlage legt die üblichen Komponenten auf das Board und schlägt vor, worauf Sie achten sollten. Sie können alles ändern.</translation>
    </message>
    <message>
        <source>No template: an empty board</source>
        <translation>Keine Vorlage: ein leeres Board</translation>
    </message>
    <message>
        <source>%1 (your template)</source>
        <translation>%1 (Ihre Vorlage)</translation>
    </message>
    <message>
        <source>Start with an empty board and draw the components yourself.</source>
        <translation>Beginnen Sie mit einem leeren Board und zeichnen Sie die Komponenten selbst.</translation>
    </message>
    <message>
        <source>On the board:</source>
        <translation>Auf dem Board:</translation>
    </message>
    <message>
        <source>Look hard at:</source>
        <translation>Genau prüfen:</translation>
    </message>
    <message>
        <source>Imagine it has failed</source>
        <translation>Stellen Sie sich vor, es ist gescheitert</translation>
    </message>
    <message>
        <source>Write the failure as if it had already happened. Replace the example with what users would see.</source>
        <translation>Beschreiben Sie das Scheitern, als wäre es bereits passiert. Ersetzen Sie das Beispiel durch das, was Benutzer sehen würden.</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Zeithorizont:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Who wrote what?</source>
        <translation>Wer hat was geschrieben?</translation>
    </message>
    <message>
        <source>People name the uncomfortable risks when they cannot be blamed for them.</source>
        <translation>Unangenehme Risiken werden eher genannt, wenn niemand dafür verantwortlich gemacht werden kann.</translation>
    </message>
    <message>
        <source>&amp;Anonymous: do not show authors on the board, the matrix or in exports</source>
        <translation>&amp;Anonym: keine Autoren auf dem Board, in der Matrix oder in Exporten anzeigen</translation>
    </message>
    <message>
        <source>The facilitator can change both later (Workshop menu).</source>
        <translation>Die Moderation kann beides später ändern (Menü Workshop).</translation>
    </message>
    <message>
        <source>Where should the workshop file go?</source>
        <translation>Wo soll die Workshop-Datei gespeichert werden?</translation>
    </message>
    <message>
        <source>Everything is saved in this one file as you go; share it by email, chat or a repository.</source>
        <translation>Alles wird laufend in dieser einen Datei gespeichert; teilen Sie sie per E-Mail, Chat oder über ein Repository.</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Premortem workshops (*.premortem)</source>
        <translation>Premortem-Workshops (*.premortem)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Create Workshop</source>
        <translation>Workshop &amp;erstellen</translation>
    </message>
    <message>
        <source>Choose where the workshop file goes.</source>
        <translation>Wählen Sie, wo die Workshop-Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>Cannot Create the Workshop</source>
        <translation>Workshop kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Do not &amp;record authors in the file at all</source>
        <translation>Autoren &amp;gar nicht in der Datei speichern</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>(hidden until the reveal)</source>
        <translation>(verborgen bis zum Aufdecken)</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · von %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Person</source>
        <translation>Person &amp;entfernen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Side of %1</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>✓ Build-time, run-time and operations are all in the room.</source>
        <translation>✓ Build-Zeit, Laufzeit und Betrieb sind alle vertreten.</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Aktuelle Phase: %1</translation>
    </message>
    <message>
        <source>Go to phase: %1</source>
        <translation>Zur Phase: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Premortem.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Premortem.</translation>
    </message>
</context>
<context>
    <name>PreparationDialog</name>
    <message>
        <source>Create Preparation Files</source>
        <translation>Vorbereitungsdateien erstellen</translation>
    </message>
    <message>
        <source>Each participant gets a small workshop file to write notes in before the workshop, even offline: the scenario, the components and the prompt cards, and only their own notes. Merge the files back with File &gt; Merge Files….</source>
        <translation>Jede teilnehmende Person erhält eine kleine Workshop-Datei, um schon vor dem Workshop Notizen zu schreiben, auch offline: mit Szenario, Komponenten und Impulskarten und nur den eigenen Notizen. Führen Sie die Dateien mit Datei &gt; Dateien zusammenführen… wieder zusammen.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the Preparation Files</source>
        <translation>Ordner für die Vorbereitungsdateien</translation>
    </message>
    <message>
        <source>&amp;Create Files</source>
        <translation>Dateien &amp;erstellen</translation>
    </message>
    <message>
        <source>Save One File &amp;As…</source>
        <translation>Eine Datei speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Tick one participant to save their file under a name of your choice.</source>
        <translation>Haken Sie eine Person an, um ihre Datei unter einem Namen Ihrer Wahl zu speichern.</translation>
    </message>
    <message>
        <source>Save Preparation File</source>
        <translation>Vorbereitungsdatei speichern</translation>
    </message>
    <message>
        <source>Premortem workshops (*.premortem)</source>
        <translation>Premortem-Workshops (*.premortem)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Create Files (%1)</source>
        <translation>Dateien &amp;erstellen (%1)</translation>
    </message>
</context>
<context>
    <name>PrepareView</name>
    <message>
        <source>&amp;Add Note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Prepare my notes</source>
        <translation>Meine Notizen vorbereiten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Category of the note</source>
        <translation>Kategorie der Notiz</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>One way this launch could fail… (Ctrl+Enter adds it)</source>
        <translation>Eine Art, wie dieser Launch scheitern könnte… (Ctrl+Enter fügt sie hinzu)</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Write a note on this (Alt+%1)</source>
        <translation>Eine Notiz hierzu schreiben (Alt+%1)</translation>
    </message>
    <message>
        <source>Write a note on this</source>
        <translation>Eine Notiz hierzu schreiben</translation>
    </message>
    <message>
        <source>Write a note: %1</source>
        <translation>Notiz schreiben: %1</translation>
    </message>
    <message>
        <source>Prepare your notes: %1</source>
        <translation>Bereiten Sie Ihre Notizen vor: %1</translation>
    </message>
    <message>
        <source>For %1. Write down every way this could fail, one note each; your facilitator merges this file into the workshop.</source>
        <translation>Für %1. Notieren Sie alles, woran dies scheitern könnte, je eine Notiz; Ihre Moderation führt diese Datei mit dem Workshop zusammen.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>(No scenario yet.)</source>
        <translation>(Noch kein Szenario.)</translation>
    </message>
    <message>
        <source>My notes (%1)</source>
        <translation>Meine Notizen (%1)</translation>
    </message>
    <message>
        <source>Open a preparation file first.</source>
        <translation>Öffnen Sie zuerst eine Vorbereitungsdatei.</translation>
    </message>
    <message>
        <source>Write the note first, then add it.</source>
        <translation>Schreiben Sie zuerst die Notiz und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete Notes</source>
        <translation>Notizen löschen</translation>
    </message>
</context>
<context>
    <name>PromptCardsPanel</name>
    <message>
        <source>Stuck? Pick a card. A click starts a note in its category.</source>
        <translation>Keine Idee? Wählen Sie eine Karte. Ein Klick beginnt eine Notiz in ihrer Kategorie.</translation>
    </message>
    <message>
        <source>Prompt cards</source>
        <translation>Impulskarten</translation>
    </message>
    <message>
        <source>Start a note: %1</source>
        <translation>Notiz beginnen: %1</translation>
    </message>
    <message>
        <source>Start a Note from this Card</source>
        <translation>Notiz mit dieser Karte beginnen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>A hidden note (revealed later)</source>
        <translation>Eine verborgene Notiz (wird später aufgedeckt)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Σ %1 · %2</source>
        <translation>Σ %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ no SLA</source>
        <translation>⚠ kein SLA</translation>
    </message>
    <message>
        <source>%1 depends on %2
%3</source>
        <translation>%1 hängt ab von %2
%3</translation>
    </message>
    <message>
        <source>No agreed SLA and no fallback</source>
        <translation>Kein vereinbartes SLA und kein Ausweichweg</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no address to show as a QR code.</source>
        <translation>Es gibt keine Adresse, die als QR-Code gezeigt werden könnte.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code (%1 bytes; a QR code holds at most 2331). Share the address as text instead.</source>
        <translation>Die Adresse ist zu lang für einen QR-Code (%1 Byte; ein QR-Code fasst höchstens 2331). Geben Sie die Adresse stattdessen als Text weiter.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>Der QR-Code konnte nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>RankedListPanel</name>
    <message>
        <source>Show band</source>
        <translation>Stufe anzeigen</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Show component</source>
        <translation>Komponente anzeigen</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Kategorie anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Ranked risks</source>
        <translation>Risiken nach Rang</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alle Komponenten</translation>
    </message>
    <message>
        <source>Disagreements first</source>
        <translation>Uneinigkeit zuerst</translation>
    </message>
    <message>
        <source>Sort by how far apart the revealed estimates are, so the room discusses those first</source>
        <translation>Danach sortieren, wie weit die aufgedeckten Schätzungen auseinanderliegen, damit der Raum diese zuerst bespricht</translation>
    </message>
    <message>
        <source>Estimates revealed: %1 of %2 people scored everything.</source>
        <translation>Schätzungen aufgedeckt: %1 von %2 Personen haben alles geschätzt.</translation>
    </message>
    <message>
        <source>Estimates hidden until revealed: %1 of %2 people scored everything.</source>
        <translation>Schätzungen bis zum Aufdecken verborgen: %1 von %2 Personen haben alles geschätzt.</translation>
    </message>
    <message>
        <source>Still scoring: %1</source>
        <translation>Schätzen noch: %1</translation>
    </message>
</context>
<context>
    <name>RankedRiskModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Likelihood %1 × blast radius %2 once the committed mitigations are done</source>
        <translation>Wahrscheinlichkeit %1 × Auswirkungsradius %2 nach Abschluss der zugesagten Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Unchanged: no accepted, in-progress or done mitigation lowers it</source>
        <translation>Unverändert: Keine angenommene, laufende oder erledigte Gegenmaßnahme senkt das Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Erreicht</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure mode(s)</source>
        <translation>
            <numerusform>%n Fehlermodus</numerusform>
            <numerusform>%n Fehlermodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open high risk(s)</source>
        <translation>
            <numerusform>%n offenes hohes Risiko</numerusform>
            <numerusform>%n offene hohe Risiken</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>Kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Missing: moved, renamed or deleted. Delete takes it off the list.</source>
        <translation>Fehlt: verschoben, umbenannt oder gelöscht. Entf nimmt sie von der Liste.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>Open a workshop you can edit first: participants&apos; notes are written into its file.</source>
        <translation>Öffnen Sie zuerst einen Workshop, den Sie bearbeiten können: Die Notizen der Teilnehmenden werden in seine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The room could not be opened on port %1: %2. If another program (or another Premortem window hosting a room) uses this port, stop it, then invite the room again.</source>
        <translation>Der Raum konnte nicht auf Port %1 geöffnet werden: %2. Wenn ein anderes Programm (oder ein anderes Premortem-Fenster mit offenem Raum) diesen Port belegt, beenden Sie es und laden Sie den Raum erneut ein.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>Change the Co&amp;de Now</source>
        <translation>Code &amp;jetzt ändern</translation>
    </message>
    <message>
        <source>Keep &amp;the Code</source>
        <translation>Code beibehal&amp;ten</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>Chan&amp;ge the Code…</source>
        <translation>Neuen Code &amp;vergeben …</translation>
    </message>
    <message>
        <source>&amp;Stop the Room</source>
        <translation>&amp;Raum schließen</translation>
    </message>
    <message>
        <source>Join the room</source>
        <translation>Dem Raum beitreten</translation>
    </message>
    <message>
        <source>Join from your phone or laptop: scan the code or type the address</source>
        <translation>Treten Sie mit Handy oder Laptop bei: Code scannen oder Adresse eingeben</translation>
    </message>
    <message>
        <source>Joined devices</source>
        <translation>Beigetretene Geräte</translation>
    </message>
    <message>
        <source>Everyone must scan the new code to rejoin. Notes already written stay.</source>
        <translation>Alle müssen den neuen Code scannen, um wieder beizutreten. Bereits geschriebene Notizen bleiben.</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation>
            <numerusform>%1 — %n Notiz</numerusform>
            <numerusform>%1 — %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>(reconnecting)</source>
        <translation>(verbindet neu)</translation>
    </message>
    <message>
        <source>Unl&amp;ock the Room</source>
        <translation>Raum ent&amp;sperren</translation>
    </message>
    <message>
        <source>L&amp;ock the Room</source>
        <translation>Raum &amp;sperren</translation>
    </message>
    <message>
        <source>Show &amp;Just a Strip</source>
        <translation>Nur eine &amp;Zeile zeigen</translation>
    </message>
    <message>
        <source>Show the Full &amp;Join Screen</source>
        <translation>Ganz an&amp;zeigen</translation>
    </message>
    <message>
        <source>A strip above the board while people write</source>
        <translation>Ein Streifen über dem Board, während alle schreiben</translation>
    </message>
    <message>
        <source>The join screen with the list of devices</source>
        <translation>Die Beitrittsansicht mit der Liste der Geräte</translation>
    </message>
    <message>
        <source>Nobody has joined yet</source>
        <translation>Noch niemand ist beigetreten</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n beigetreten</numerusform>
            <numerusform>%n beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Room locked: no new joiners</source>
        <translation>Raum gesperrt: keine neuen Beitritte</translation>
    </message>
</context>
<context>
    <name>SampleWorkshop</name>
    <message>
        <source>The sample workshop is not installed. Reinstall Premortem, or open a workshop of your own.</source>
        <translation>Der Beispiel-Workshop ist nicht installiert. Installieren Sie Premortem neu oder öffnen Sie einen eigenen Workshop.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for a copy of the sample workshop.</source>
        <translation>Der Ordner „%1“ für eine Kopie des Beispiel-Workshops kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the sample workshop “%1”.</source>
        <translation>Der Beispiel-Workshop „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Score “%1” %2×%3</source>
        <translation>“%1” mit %2×%3 bewerten</translation>
    </message>
    <message numerus="yes">
        <source>Score %n Failure Mode(s)</source>
        <translation>
            <numerusform>%n Fehlermodus bewerten</numerusform>
            <numerusform>%n Fehlermodi bewerten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&amp;Recent workshops</source>
        <translation>&amp;Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet. Open the sample workshop to see a finished pre-mortem, or start a new one from a template.</source>
        <translation>Noch keine zuletzt geöffneten Workshops. Öffnen Sie den Beispiel-Workshop, um ein fertiges Pre-Mortem zu sehen, oder beginnen Sie einen neuen aus einer Vorlage.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <source>Delete: the file itself stays where it is</source>
        <translation>Entf: Die Datei selbst bleibt, wo sie ist</translation>
    </message>
    <message>
        <source>Open &amp;Another File…</source>
        <translation>A&amp;ndere Datei öffnen…</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Neu aus einer &amp;Vorlage</translation>
    </message>
    <message>
        <source>New &amp;Blank Workshop…</source>
        <translation>Neuer l&amp;eerer Workshop…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Workshop</source>
        <translation>Bei&amp;spiel-Workshop öffnen</translation>
    </message>
    <message>
        <source>A checkout migration, ranked and mitigated: what a finished pre-mortem looks like. Opens a copy, so try anything.</source>
        <translation>Eine Checkout-Migration, bewertet und mit Gegenmaßnahmen: So sieht ein fertiges Pre-Mortem aus. Geöffnet wird eine Kopie, probieren Sie also alles aus.</translation>
    </message>
    <message>
        <source>A pre-mortem imagines that the launch has already failed and works backwards to why. Everyone first writes causes silently, so the loudest voice does not set the agenda. The team maps the notes onto the architecture, scores each failure mode by likelihood × blast radius, and turns the top risks into owned, dated mitigations.</source>
        <translation>Ein Pre-Mortem stellt sich vor, der Start sei bereits gescheitert, und arbeitet rückwärts heraus, warum. Alle schreiben Ursachen zuerst still auf, damit nicht die lauteste Stimme die Richtung vorgibt. Das Team ordnet die Notizen der Architektur zu, bewertet jeden Fehlermodus nach Wahrscheinlichkeit × Auswirkungsradius und macht aus den größten Risiken Gegenmaßnahmen mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <source>Read the &amp;Guide</source>
        <translation>Lei&amp;tfaden lesen</translation>
    </message>
    <message>
        <source>Read the &amp;Guide (%1)</source>
        <translation>Lei&amp;tfaden lesen (%1)</translation>
    </message>
    <message>
        <source>What is a pre-mortem?</source>
        <translation>Was ist ein Pre-Mortem?</translation>
    </message>
    <message>
        <source>Premortem: imagine the launch has failed, then find out why</source>
        <translation>Premortem: Stellen Sie sich vor, der Start ist gescheitert, und finden Sie heraus, warum</translation>
    </message>
    <message>
        <source>Cannot Open the Sample Workshop</source>
        <translation>Beispiel-Workshop kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>SurpriseDialog</name>
    <message>
        <source>Add Surprise</source>
        <translation>Überraschung hinzufügen</translation>
    </message>
    <message>
        <source>What happened that nobody predicted?</source>
        <translation>Was ist passiert, womit niemand gerechnet hat?</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Keine Komponente</translation>
    </message>
    <message>
        <source>Post-mortem link or incident number</source>
        <translation>Link zum Post-Mortem oder Vorfallnummer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>%1 (your template)</source>
        <translation>%1 (Ihre Vorlage)</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>one more minute:</source>
        <translation>eine Minute mehr:</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1: pause</source>
        <translation>%1: pausieren</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1: start</source>
        <translation>%1: starten</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>&amp;Give a Dot</source>
        <translation>Punkt &amp;vergeben</translation>
    </message>
    <message>
        <source>&amp;Take a Dot Back</source>
        <translation>Punkt &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Voting for</source>
        <translation>Stimmabgabe für</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Punkte pro Person:</translation>
    </message>
    <message>
        <source>Voting for:</source>
        <translation>Stimmabgabe für:</translation>
    </message>
    <message>
        <source>Failure mode:</source>
        <translation>Fehlermodus:</translation>
    </message>
    <message>
        <source>Start the Vote</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>Close the Vote</source>
        <translation>Abstimmung beenden</translation>
    </message>
    <message>
        <source>Change Dots per Person</source>
        <translation>Punkte pro Person ändern</translation>
    </message>
    <message>
        <source>Give a Dot</source>
        <translation>Punkt vergeben</translation>
    </message>
    <message>
        <source>Take a Dot Back</source>
        <translation>Punkt zurücknehmen</translation>
    </message>
    <message>
        <source>Close the Vote and Show Totals</source>
        <translation>Abstimmung beenden und Summen anzeigen</translation>
    </message>
    <message>
        <source>Select a failure mode on the board, matrix or ranked list.</source>
        <translation>Wählen Sie einen Fehlermodus auf dem Board, in der Matrix oder in der Rangliste aus.</translation>
    </message>
    <message>
        <source>The vote is closed.</source>
        <translation>Die Abstimmung ist beendet.</translation>
    </message>
    <message>
        <source>Totals show in the matrix</source>
        <translation>Die Summen erscheinen in der Matrix</translation>
    </message>
    <message>
        <source>and in the ranked list.</source>
        <translation>und in der Rangliste.</translation>
    </message>
    <message>
        <source>Add participants first:</source>
        <translation>Fügen Sie zuerst Teilnehmende hinzu:</translation>
    </message>
    <message numerus="yes">
        <source>each has %n dot(s).</source>
        <translation>
            <numerusform>jede Person hat %n Punkt.</numerusform>
            <numerusform>jede Person hat %n Punkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 dots left</source>
        <translation>%1: %2 von %3 Punkten übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) on this failure mode</source>
        <translation>
            <numerusform>%n Punkt auf diesem Fehlermodus</numerusform>
            <numerusform>%n Punkte auf diesem Fehlermodus</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals stay hidden</source>
        <translation>Die Summen bleiben verborgen</translation>
    </message>
    <message>
        <source>until the vote is closed.</source>
        <translation>bis die Abstimmung beendet ist.</translation>
    </message>
</context>
<context>
    <name>WarningList</name>
    <message>
        <source>Risks without a committed, owned and dated mitigation, and what the architecture map says nobody discussed</source>
        <translation>Risiken ohne zugesagte Gegenmaßnahme mit Verantwortlichen und Fälligkeitsdatum, und was laut Architekturkarte niemand besprochen hat</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>Cannot Open the Workshop</source>
        <translation>Workshop kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Title and scenario</source>
        <translation>Titel und Szenario</translation>
    </message>
    <message>
        <source>Hide scenario</source>
        <translation>Szenario ausblenden</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Hide the system and the failure scenario</source>
        <translation>System und Ausfallszenario ausblenden</translation>
    </message>
    <message>
        <source>Show the system and the failure scenario</source>
        <translation>System und Ausfallszenario anzeigen</translation>
    </message>
</context>
<context>
    <name>WritingBar</name>
    <message>
        <source>Writing as:</source>
        <translation>Schreiben als:</translation>
    </message>
    <message>
        <source>Writing as</source>
        <translation>Schreiben als</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s)</source>
        <translation>
            <numerusform>%1: %n Notiz</numerusform>
            <numerusform>%1: %n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others: %n note(s)</source>
        <translation>
            <numerusform>Andere: %n Notiz</numerusform>
            <numerusform>Andere: %n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) still face down.</source>
        <translation>
            <numerusform>%n Notiz noch verdeckt.</numerusform>
            <numerusform>%n Notizen noch verdeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No hidden notes yet.</source>
        <translation>Noch keine verdeckten Notizen.</translation>
    </message>
    <message>
        <source>Face down: %1</source>
        <translation>Verdeckt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s)</source>
        <translation>
            <numerusform>%n Notiz aufdecken</numerusform>
            <numerusform>%n Notizen aufdecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n note(s) (%1)</source>
        <translation>
            <numerusform>%n Notiz aufdecken (%1)</numerusform>
            <numerusform>%n Notizen aufdecken (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n note(s) face up: the room can read them.</source>
        <translation>
            <numerusform>%n Notiz aufgedeckt: Der Raum kann sie lesen.</numerusform>
            <numerusform>Alle %n Notizen aufgedeckt: Der Raum kann sie lesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>board::BoardView</name>
    <message>
        <source>Board</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>Resize “%1”</source>
        <translation>Größe von „%1“ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Stack %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz stapeln</numerusform>
            <numerusform>%n Notizen stapeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %n Note(s) on “%1”</source>
        <translation>
            <numerusform>%n Notiz auf „%1“ gruppieren</numerusform>
            <numerusform>%n Notizen auf „%1“ gruppieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Component(s)</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>Name der Komponente</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>Rename Component</source>
        <translation>Komponente umbenennen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Notes</source>
        <translation>Notizen löschen</translation>
    </message>
    <message>
        <source>Delete Components</source>
        <translation>Komponenten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Note(s)</source>
        <translation>
            <numerusform>%n Notiz duplizieren</numerusform>
            <numerusform>%n Notizen duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n Note(s) out of Stack</source>
        <translation>
            <numerusform>%n Notiz aus dem Stapel nehmen</numerusform>
            <numerusform>%n Notizen aus dem Stapel nehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Category to %1</source>
        <translation>Kategorie auf %1 setzen</translation>
    </message>
    <message>
        <source>Change Note Colour</source>
        <translation>Farbe der Notiz ändern</translation>
    </message>
    <message>
        <source>Spread Out Stack</source>
        <translation>Stapel auffächern</translation>
    </message>
    <message>
        <source>Collapse Stack</source>
        <translation>Stapel zusammenlegen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Stack into One Failure Mode</source>
        <translation>Zu einem Fehlermodus stapeln</translation>
    </message>
    <message>
        <source>Take out of Stack</source>
        <translation>Aus dem Stapel nehmen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>By Category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New Note Here</source>
        <translation>Neue Notiz hier</translation>
    </message>
    <message>
        <source>Add Component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Hidden note</source>
        <translation>Verdeckte Notiz</translation>
    </message>
    <message>
        <source>This note stays face down until the reveal: only its writer can edit it (choose them under “Writing as”).</source>
        <translation>Diese Notiz bleibt bis zum Aufdecken verdeckt: Nur wer sie geschrieben hat, kann sie bearbeiten (unter „Schreiben als“ wählen).</translation>
    </message>
    <message>
        <source>Stacking needs two or more selected notes: Ctrl+Tab moves on without changing the selection, Ctrl+Space adds the focused note, Shift+arrows add the next one.</source>
        <translation>Zum Stapeln zwei oder mehr Notizen auswählen: Strg+Tab geht weiter, ohne die Auswahl zu ändern, Strg+Leertaste nimmt die fokussierte Notiz hinzu, Umschalt+Pfeiltasten die nächste.</translation>
    </message>
    <message>
        <source>Face down: the room sees bars, not your words</source>
        <translation>Verdeckt: der Raum sieht Balken, nicht Ihre Worte</translation>
    </message>
    <message>
        <source>Select the notes to send first.</source>
        <translation>Wählen Sie zuerst die Notizen aus, die Sie senden möchten.</translation>
    </message>
    <message numerus="yes">
        <source>Stack of %n note(s)</source>
        <translation>
            <numerusform>Stapel aus %n Notiz</numerusform>
            <numerusform>Stapel aus %n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected note(s)</source>
        <translation>
            <numerusform>%n ausgewählte Notiz</numerusform>
            <numerusform>%n ausgewählte Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Dependency(s)</source>
        <translation>
            <numerusform>%n Abhängigkeit löschen</numerusform>
            <numerusform>%n Abhängigkeiten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Dependencies</source>
        <translation>Abhängigkeiten löschen</translation>
    </message>
    <message>
        <source>Add Dependency…</source>
        <translation>Abhängigkeit hinzufügen…</translation>
    </message>
    <message>
        <source>Focus the component that depends on another first.</source>
        <translation>Erst die Komponente fokussieren, die von einer anderen abhängt.</translation>
    </message>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>“%1” depends on:</source>
        <translation>„%1“ hängt ab von:</translation>
    </message>
    <message>
        <source>Type a component name</source>
        <translation>Namen einer Komponente eingeben</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>“%1” already depends on “%2”.</source>
        <translation>„%1“ hängt bereits von „%2“ ab.</translation>
    </message>
    <message>
        <source>Add Dependency “%1” → “%2”</source>
        <translation>Abhängigkeit „%1“ → „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Dependency</source>
        <translation>Abhängigkeit bearbeiten</translation>
    </message>
    <message>
        <source>Edit Dependency…</source>
        <translation>Abhängigkeit bearbeiten…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>No Agreed SLA or Fallback</source>
        <translation>Kein vereinbartes SLA und kein Ausweichweg</translation>
    </message>
    <message>
        <source>Send To</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>Send %1 to:</source>
        <translation>%1 senden an:</translation>
    </message>
    <message>
        <source>Type a component or stack name</source>
        <translation>Namen einer Komponente oder eines Stapels eingeben</translation>
    </message>
    <message>
        <source>Component or stack name</source>
        <translation>Name der Komponente oder des Stapels</translation>
    </message>
    <message>
        <source>Components and stacks</source>
        <translation>Komponenten und Stapel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>board::DependencyDialog</name>
    <message>
        <source>&amp;No agreed SLA and no fallback</source>
        <translation>&amp;Kein vereinbartes SLA und kein Ausweichweg</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt ab von %2</translation>
    </message>
    <message>
        <source>REST, orders topic, nightly export…</source>
        <translation>REST, Bestell-Topic, nächtlicher Export…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
</context>
<context>
    <name>board::HeatLegend</name>
    <message>
        <source>Heat map legend</source>
        <translation>Heatmap-Legende</translation>
    </message>
    <message>
        <source>Heat map: risks added up per component</source>
        <translation>Heatmap: Risiken je Komponente summiert</translation>
    </message>
    <message>
        <source>Heat map: highest risk per component</source>
        <translation>Heatmap: höchstes Risiko je Komponente</translation>
    </message>
    <message>
        <source>17 and more</source>
        <translation>17 und mehr</translation>
    </message>
    <message>
        <source>20–25</source>
        <translation>20–25</translation>
    </message>
    <message>
        <source>10–16</source>
        <translation>10–16</translation>
    </message>
    <message>
        <source>5–9</source>
        <translation>5–9</translation>
    </message>
    <message>
        <source>1–4</source>
        <translation>1–4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Untinted: no scored risk</source>
        <translation>Ungefärbt: kein bewertetes Risiko</translation>
    </message>
    <message>
        <source>Regions include the components inside them</source>
        <translation>Bereiche schließen die darin enthaltenen Komponenten ein</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Expected %1 file argument(s).</source>
        <translation>%1 Dateiargument(e) erwartet.</translation>
    </message>
    <message>
        <source>Create a new, empty workshop file.</source>
        <translation>Eine neue, leere Workshop-Datei anlegen.</translation>
    </message>
    <message>
        <source>The .premortem file to create.</source>
        <translation>Die anzulegende .premortem-Datei.</translation>
    </message>
    <message>
        <source>The workshop&apos;s title.</source>
        <translation>Der Titel des Workshops.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The failure scenario.</source>
        <translation>Das Ausfallszenario.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Print a workshop&apos;s title, scenario and counts.</source>
        <translation>Titel, Szenario und Anzahlen eines Workshops ausgeben.</translation>
    </message>
    <message>
        <source>A .premortem file.</source>
        <translation>Eine .premortem-Datei.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>version %1 (this Premortem writes %2)</source>
        <translation>Version %1 (dieses Premortem schreibt %2)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 (%2 hidden)</source>
        <translation>%1 (%2 verborgen)</translation>
    </message>
    <message>
        <source>Failure modes</source>
        <translation>Fehlermodi</translation>
    </message>
    <message>
        <source>%1 (%2 scored%3)</source>
        <translation>%1 (%2 bewertet%3)</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Check a workshop file: structure, integrity and references. Exit status 1 when a problem is found.</source>
        <translation>Eine Workshop-Datei prüfen: Struktur, Integrität und Verweise. Rückgabewert 1, wenn ein Problem gefunden wird.</translation>
    </message>
    <message>
        <source>OK: %1 is a valid workshop.</source>
        <translation>OK: %1 ist ein gültiger Workshop.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a sticky note; prints its id once it is safely on disk.</source>
        <translation>Eine Haftnotiz hinzufügen; gibt ihre ID aus, sobald sie sicher auf der Festplatte steht.</translation>
    </message>
    <message>
        <source>The note&apos;s text.</source>
        <translation>Der Text der Notiz.</translation>
    </message>
    <message>
        <source>The author&apos;s name (added as a participant when new).</source>
        <translation>Der Name der Autorin oder des Autors (wird als Teilnehmende/r angelegt, falls neu).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eine von: %1.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>add-note needs --text.</source>
        <translation>add-note braucht --text.</translation>
    </message>
    <message>
        <source>Unknown category “%1”; use one of: %2.</source>
        <translation>Unbekannte Kategorie „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>Nach OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Create a .premortem file from a JSON export.</source>
        <translation>Eine .premortem-Datei aus einem JSON-Export anlegen.</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>Die zu lesende JSON-Datei.</translation>
    </message>
    <message>
        <source>The file to create.</source>
        <translation>Die anzulegende Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to import (%2 MB at most).</source>
        <translation>„%1“ ist zu groß für den Import (höchstens %2 MB).</translation>
    </message>
    <message>
        <source>info FILE</source>
        <translation>info FILE</translation>
    </message>
    <message>
        <source>validate FILE</source>
        <translation>validate FILE</translation>
    </message>
    <message>
        <source>add-note FILE --text T [--author NAME] [--category C]</source>
        <translation>add-note FILE --text T [--author NAME] [--category C]</translation>
    </message>
    <message>
        <source>import-json IN.json OUT.premortem</source>
        <translation>import-json IN.json OUT.premortem</translation>
    </message>
    <message>
        <source>Usage: premortem-cli COMMAND [ARGS]

Commands:
</source>
        <translation>Aufruf: premortem-cli BEFEHL [ARGUMENTE]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;premortem-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 ok, 1 a check failed, 2 bad input or the file cannot be opened.
</source>
        <translation>
&apos;premortem-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Rückgabewert: 0 in Ordnung, 1 eine Prüfung ist fehlgeschlagen, 2 ungültige Eingabe oder die Datei lässt sich nicht öffnen.
</translation>
    </message>
    <message>
        <source>Unknown command “%1”.

</source>
        <translation>Unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <source>Expected at least %1 file arguments.</source>
        <translation>Mindestens %1 Dateiargumente erwartet.</translation>
    </message>
    <message>
        <source>Merge workshops: fold each IN into OUT and print what changed. OUT is created from the first IN when it does not exist. The result does not depend on the order of the files, and merging a file twice changes nothing. OUT is changed only if every file could be merged.</source>
        <translation>Workshops zusammenführen: Jede IN-Datei in OUT einarbeiten und die Änderungen ausgeben. OUT wird aus der ersten IN-Datei erstellt, falls es noch nicht existiert. Das Ergebnis hängt nicht von der Reihenfolge der Dateien ab, und eine Datei zweimal zusammenzuführen ändert nichts. OUT wird nur geändert, wenn alle Dateien zusammengeführt werden konnten.</translation>
    </message>
    <message>
        <source>The workshop to merge into.</source>
        <translation>Der Workshop, in den zusammengeführt wird.</translation>
    </message>
    <message>
        <source>The files to merge.</source>
        <translation>Die zusammenzuführenden Dateien.</translation>
    </message>
    <message>
        <source>Also merge files of another workshop: their rows join OUT&apos;s workshop, whose title and scenario stay.</source>
        <translation>Auch Dateien eines anderen Workshops zusammenführen: Ihre Zeilen werden in den Workshop von OUT übernommen, dessen Titel und Szenario erhalten bleiben.</translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation>%1 aus %2 erstellt.</translation>
    </message>
    <message>
        <source>%1 already holds everything in the merged files.</source>
        <translation>%1 enthält bereits alles aus den zusammengeführten Dateien.</translation>
    </message>
    <message>
        <source>Print what differs between two workshops: rows only in one of them, fields that differ, deletions. Exit status 0 when they hold the same rows, 1 when they differ.</source>
        <translation>Unterschiede zwischen zwei Workshops ausgeben: Zeilen, die nur in einem davon vorkommen, abweichende Felder, Löschungen. Exit-Status 0, wenn beide dieselben Zeilen enthalten, 1, wenn sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>A workshop.</source>
        <translation>Ein Workshop.</translation>
    </message>
    <message>
        <source>Another workshop.</source>
        <translation>Ein weiterer Workshop.</translation>
    </message>
    <message>
        <source>Also compare each row&apos;s timestamps, writer and clocks.</source>
        <translation>Auch Zeitstempel, Autor und Uhren jeder Zeile vergleichen.</translation>
    </message>
    <message>
        <source>merge OUT.premortem IN.premortem... [--different-workshops]</source>
        <translation>merge OUT.premortem IN.premortem... [--different-workshops]</translation>
    </message>
    <message>
        <source>diff A.premortem B.premortem [--bookkeeping]</source>
        <translation>diff A.premortem B.premortem [--bookkeeping]</translation>
    </message>
    <message>
        <source>OK: every failure mode above %1 has an accepted mitigation with an owner and a due date.</source>
        <translation>OK: Jeder Fehlermodus über %1 hat eine angenommene Gegenmaßnahme mit verantwortlicher Person und Fälligkeitsdatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure mode(s) above %1 lack a committed mitigation with an owner and a due date:</source>
        <translation>
            <numerusform>%n Fehlermodus über %1 fehlt eine zugesagte Gegenmaßnahme mit verantwortlicher Person und Fälligkeitsdatum:</numerusform>
            <numerusform>%n Fehlermodi über %1 fehlt eine zugesagte Gegenmaßnahme mit verantwortlicher Person und Fälligkeitsdatum:</numerusform>
        </translation>
    </message>
    <message>
        <source>check FILE [--max-band low|medium|high|critical] [--require-owner] [--format text|json]</source>
        <translation>check DATEI [--max-band low|medium|high|critical] [--require-owner] [--format text|json]</translation>
    </message>
    <message>
        <source>Check that the pre-mortem has been followed up: every failure mode above the band needs an accepted, in-progress or done mitigation with an owner and a due date. Exit status 0 when it has, 1 with the list when not, 2 on errors.</source>
        <translation>Prüft, ob das Pre-Mortem nachverfolgt wurde: Jeder Fehlermodus über der Stufe braucht eine angenommene, laufende oder erledigte Gegenmaßnahme mit verantwortlicher Person und Fälligkeitsdatum. Exit-Status 0, wenn ja, 1 mit der Liste, wenn nicht, 2 bei Fehlern.</translation>
    </message>
    <message>
        <source>The highest band allowed without such a mitigation: %1 (default medium, so high and critical risks are checked).</source>
        <translation>Die höchste Stufe, die ohne solche Gegenmaßnahme erlaubt ist: %1 (Standard medium, also werden hohe und kritische Risiken geprüft).</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Also require an owner on every committed mitigation of a checked failure mode.</source>
        <translation>Auch für jede zugesagte Gegenmaßnahme eines geprüften Fehlermodus eine verantwortliche Person verlangen.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Unknown band “%1”; use one of: %2.</source>
        <translation>Unbekannte Stufe „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use text or json.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>For pdf, png and svg: %1.</source>
        <translation>Für pdf, png und svg: %1.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Unknown format “%1”; supported: %2.</source>
        <translation>Unbekanntes Format „%1“; unterstützt: %2.</translation>
    </message>
    <message>
        <source>Unknown view “%1”; use one of: %2.</source>
        <translation>Unbekannte Ansicht „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--view applies to pdf, png and svg only.</source>
        <translation>--view gilt nur für pdf, png und svg.</translation>
    </message>
    <message>
        <source>The %1 export is not available in this build of premortem-cli; use the Export dialog of the Premortem app.</source>
        <translation>Der Export %1 ist in diesem Build von premortem-cli nicht verfügbar; verwenden Sie den Export-Dialog der Premortem-App.</translation>
    </message>
    <message>
        <source>Start from this launch-type template (see “templates”).</source>
        <translation>Mit dieser Vorlage für den Launch-Typ beginnen (siehe „templates“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>There is no template “%1”. See premortem-cli templates.</source>
        <translation>Es gibt keine Vorlage „%1“. Siehe premortem-cli templates.</translation>
    </message>
    <message>
        <source>List the launch-type templates: built in, and those in the user template folder.</source>
        <translation>Die Vorlagen für Launch-Typen auflisten: integrierte und die im Vorlagenordner des Benutzers.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Write preparation packs: one small workshop file per participant, with the scenario, the components and the prompt cards, for notes written before the workshop. Merge them back with the merge command. Existing files are not replaced unless asked.</source>
        <translation>Vorbereitungsdateien schreiben: eine kleine Workshop-Datei pro teilnehmender Person, mit Szenario, Komponenten und Impulskarten, für Notizen, die vor dem Workshop geschrieben werden. Mit dem Befehl merge wieder zusammenführen. Vorhandene Dateien werden nur auf Wunsch ersetzt.</translation>
    </message>
    <message>
        <source>The workshop.</source>
        <translation>Der Workshop.</translation>
    </message>
    <message>
        <source>Only this participant (name or identifier); default: everyone.</source>
        <translation>Nur diese teilnehmende Person (Name oder Kennung); Standard: alle.</translation>
    </message>
    <message>
        <source>The folder for the packs (default: the workshop&apos;s folder), or with --participant the file to write.</source>
        <translation>Der Ordner für die Vorbereitungsdateien (Standard: der Ordner des Workshops) oder mit --participant die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>DIR|FILE</source>
        <translation>ORDNER|DATEI</translation>
    </message>
    <message>
        <source>Replace packs that already exist.</source>
        <translation>Vorhandene Vorbereitungsdateien ersetzen.</translation>
    </message>
    <message>
        <source>This workshop has no participants yet; add them first.</source>
        <translation>Dieser Workshop hat noch keine Teilnehmenden; fügen Sie zuerst welche hinzu.</translation>
    </message>
    <message>
        <source>new FILE [--title T] [--scenario S] [--template ID]</source>
        <translation>new DATEI [--title T] [--scenario S] [--template ID]</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>templates</translation>
    </message>
    <message>
        <source>prepare FILE [--participant NAME|ID] [-o DIR|FILE] [--replace]</source>
        <translation>prepare DATEI [--participant NAME|ID] [-o ORDNER|DATEI] [--replace]</translation>
    </message>
    <message>
        <source>stats FILE... [--format text|json|md] [-o OUT]</source>
        <translation>stats DATEI... [--format text|json|md] [-o AUSGABE]</translation>
    </message>
    <message>
        <source>Workshops counted: %1 (with a look-back: %2); files skipped: %3.</source>
        <translation>Gezählte Workshops: %1 (mit Rückblick: %2); übersprungene Dateien: %3.</translation>
    </message>
    <message>
        <source>Look-back statistics</source>
        <translation>Rückblick-Statistik</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>The look-back across workshops: how often each likelihood came true, the Brier score, blind spots and the mitigation types that worked. A folder stands for the .premortem files in it. Files are only read.</source>
        <translation>Der Rückblick über alle Workshops: wie oft jede Wahrscheinlichkeit eingetreten ist, der Brier-Score, blinde Flecken und die Arten von Gegenmaßnahmen, die gewirkt haben. Ein Ordner steht für die darin enthaltenen .premortem-Dateien. Dateien werden nur gelesen.</translation>
    </message>
    <message>
        <source>Workshop files or folders.</source>
        <translation>Workshop-Dateien oder -Ordner.</translation>
    </message>
    <message>
        <source>text (default), json or md.</source>
        <translation>text (Standard), json oder md.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json or md.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie text, json oder md.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>No workshop could be read.</source>
        <translation>Es konnte kein Workshop gelesen werden.</translation>
    </message>
    <message>
        <source>No workshop has a look-back yet: mark outcomes in the Look Back phase.</source>
        <translation>Noch kein Workshop hat einen Rückblick: Markieren Sie die Ergebnisse in der Rückblick-Phase.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not “%2”.</source>
        <translation>--%1 benötigt eine positive ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>Export a picture of a workshop, or its PDF report.</source>
        <translation>Ein Bild eines Workshops oder seinen PDF-Bericht exportieren.</translation>
    </message>
    <message>
        <source>Output format: png, svg or pdf.</source>
        <translation>Ausgabeformat: png, svg oder pdf.</translation>
    </message>
    <message>
        <source>What to draw: board, matrix or heatmap (png and svg).</source>
        <translation>Was gezeichnet wird: board, matrix oder heatmap (png und svg).</translation>
    </message>
    <message>
        <source>Image width in pixels.</source>
        <translation>Bildbreite in Pixeln.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Image height in pixels.</source>
        <translation>Bildhöhe in Pixeln.</translation>
    </message>
    <message>
        <source>Resolution: the view at 100% zoom is 96 dpi (instead of a size).</source>
        <translation>Auflösung: Die Ansicht bei 100 % Zoom entspricht 96 dpi (statt einer Größe).</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter.</source>
        <translation>PDF-Seitengröße: a4 oder letter.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>Unknown view “%1”; choose board, matrix or heatmap.</source>
        <translation>Unbekannte Ansicht „%1“; wählen Sie board, matrix oder heatmap.</translation>
    </message>
    <message>
        <source>Unknown page size “%1”; choose a4 or letter.</source>
        <translation>Unbekannte Seitengröße „%1“; wählen Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>%1 is a binary format: give -o OUT, or redirect standard output.</source>
        <translation>%1 ist ein Binärformat: Geben Sie -o OUT an oder leiten Sie die Standardausgabe um.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>set FILE [--title T] [--system S] [--scenario S] [--horizon YYYY-MM-DD]</source>
        <translation>set DATEI [--title T] [--system S] [--scenario S] [--horizon JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>Change a workshop&apos;s title, system, failure scenario or horizon, in one edit.</source>
        <translation>Titel, System, Fehlerszenario oder Horizont eines Workshops ändern, in einer Änderung.</translation>
    </message>
    <message>
        <source>The launch or system under review.</source>
        <translation>Der Launch oder das betrachtete System.</translation>
    </message>
    <message>
        <source>The failure scenario (an empty text clears it).</source>
        <translation>Das Fehlerszenario (ein leerer Text löscht es).</translation>
    </message>
    <message>
        <source>The date by which the launch has failed, as YYYY-MM-DD.</source>
        <translation>Das Datum, zu dem der Launch gescheitert ist, als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>set needs at least one of --title, --system, --scenario, --horizon.</source>
        <translation>set braucht mindestens eine der Optionen --title, --system, --scenario, --horizon.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>serve FILE [--bind ADDR] [--port N] [--cert PEM --key PEM]</source>
        <translation>serve DATEI [--bind ADRESSE] [--port N] [--cert PEM --key PEM]</translation>
    </message>
    <message>
        <source>The address to listen on (default: every interface).</source>
        <translation>Die Adresse, auf der gelauscht wird (Standard: alle Schnittstellen).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The port (default: any free one).</source>
        <translation>Der Port (Standard: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat anbieten.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>Der private PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Cannot host the room: %1</source>
        <translation>Der Raum kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Signale können nicht überwacht werden.</translation>
    </message>
    <message>
        <source>Serving “%1” to the room; Ctrl+C stops.</source>
        <translation>„%1“ ist für den Raum geöffnet; Strg+C beendet.</translation>
    </message>
    <message>
        <source>The room is closed; every acknowledged note is in the file.</source>
        <translation>Der Raum ist geschlossen; jede bestätigte Notiz steht in der Datei.</translation>
    </message>
    <message>
        <source>import-architecture FILE SOURCE [--format dot|structurizr|drawio|compose|mermaid] [--dry-run]</source>
        <translation>import-architecture DATEI QUELLE [--format dot|structurizr|drawio|compose|mermaid] [--dry-run]</translation>
    </message>
    <message>
        <source>Import an architecture diagram (Graphviz DOT, Structurizr workspace JSON, draw.io, docker-compose, Mermaid flowchart) into FILE: its boxes become components, matched by name with those FILE has, and its arrows dependencies, in one step. FILE is created when it does not exist. Prints what is added and matched.</source>
        <translation>Ein Architekturdiagramm (Graphviz DOT, Structurizr-Workspace als JSON, draw.io, docker-compose, Mermaid-Flussdiagramm) in DATEI importieren: Seine Kästen werden Komponenten, nach Namen mit denen von DATEI abgeglichen, seine Pfeile Abhängigkeiten, in einem Schritt. DATEI wird angelegt, falls sie nicht existiert. Gibt aus, was hinzugefügt und abgeglichen wird.</translation>
    </message>
    <message>
        <source>The diagram to import.</source>
        <translation>Das zu importierende Diagramm.</translation>
    </message>
    <message>
        <source>The diagram&apos;s format: %1 (default: from the file&apos;s name and contents).</source>
        <translation>Das Format des Diagramms: %1 (Standard: aus Name und Inhalt der Datei).</translation>
    </message>
    <message>
        <source>Print what would change; write nothing.</source>
        <translation>Ausgeben, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Unknown diagram format “%1”; supported: %2.</source>
        <translation>Unbekanntes Diagrammformat „%1“; unterstützt: %2.</translation>
    </message>
    <message>
        <source>The architecture map also says (this does not fail the check):</source>
        <translation>Die Architekturkarte sagt außerdem (die Prüfung schlägt deshalb nicht fehl):</translation>
    </message>
    <message>
        <source>export FILE --format md|html|pdf|csv-jira|csv-github|checklist|adr|mermaid|dot|json|png|svg [-o OUT] [--view VIEW] [--width N --height N | --dpi N] [--page a4|letter]</source>
        <translation>export DATEI --format md|html|pdf|csv-jira|csv-github|checklist|adr|mermaid|dot|json|png|svg [-o AUSGABE] [--view ANSICHT] [--width N --height N | --dpi N] [--page a4|letter]</translation>
    </message>
    <message>
        <source>Export a workshop: a report, backlog CSV, deployment checklist, ADR section, the architecture map (Mermaid, DOT) or the full JSON. Text formats go to standard output unless -o is given. The options of pictures and the PDF (size, page): premortem-cli export --format png --help.</source>
        <translation>Einen Workshop exportieren: einen Bericht, Backlog-CSV, Deployment-Checkliste, ADR-Abschnitt, die Architekturkarte (Mermaid, DOT) oder das vollständige JSON. Textformate gehen in die Standardausgabe, sofern -o nicht angegeben ist. Die Optionen für Bilder und PDF (Größe, Seite): premortem-cli export --format png --help.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) not scored yet, so not checked:</source>
        <translation>
            <numerusform>%n Risiko noch nicht bewertet, daher nicht geprüft:</numerusform>
            <numerusform>%n Risiken noch nicht bewertet, daher nicht geprüft:</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>revealed: %1</source>
        <translation>aufgedeckt: %1</translation>
    </message>
    <message>
        <source>hidden: %1</source>
        <translation>verdeckt: %1</translation>
    </message>
    <message>
        <source>estimate FILE [--participant NAME|ID --failure-mode TITLE|ID (--likelihood N --blast-radius N | --clear)] [--reveal | --hide] [--adopt-median TITLE|ID]</source>
        <translation>estimate DATEI [--participant NAME|ID --failure-mode TITEL|ID (--likelihood N --blast-radius N | --clear)] [--reveal | --hide] [--adopt-median TITEL|ID]</translation>
    </message>
    <message>
        <source>Set or clear one participant&apos;s own estimate of a failure mode (1-5 each), reveal or hide everyone&apos;s estimates, or take their median as a failure mode&apos;s agreed score.</source>
        <translation>Die eigene Schätzung einer teilnehmenden Person zu einem Fehlermodus setzen oder löschen (je 1–5), die Schätzungen aller aufdecken oder verdecken, oder ihren Median als vereinbarte Bewertung eines Fehlermodus übernehmen.</translation>
    </message>
    <message>
        <source>Whose estimate (name or identifier).</source>
        <translation>Wessen Schätzung (Name oder Kennung).</translation>
    </message>
    <message>
        <source>The failure mode estimated (title or identifier).</source>
        <translation>Der geschätzte Fehlermodus (Titel oder Kennung).</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Likelihood, 1 to 5.</source>
        <translation>Wahrscheinlichkeit, 1 bis 5.</translation>
    </message>
    <message>
        <source>Blast radius, 1 to 5.</source>
        <translation>Auswirkungsradius, 1 bis 5.</translation>
    </message>
    <message>
        <source>Take the estimate back.</source>
        <translation>Die Schätzung zurücknehmen.</translation>
    </message>
    <message>
        <source>Show everyone&apos;s estimates to everyone.</source>
        <translation>Die Schätzungen aller für alle aufdecken.</translation>
    </message>
    <message>
        <source>Hide the estimates again.</source>
        <translation>Die Schätzungen wieder verdecken.</translation>
    </message>
    <message>
        <source>Set this failure mode&apos;s agreed score to its estimates&apos; median.</source>
        <translation>Die vereinbarte Bewertung dieses Fehlermodus auf den Median seiner Schätzungen setzen.</translation>
    </message>
    <message>
        <source>estimate needs exactly one of: --participant with --failure-mode, --reveal, --hide, --adopt-median.</source>
        <translation>estimate braucht genau eines von: --participant mit --failure-mode, --reveal, --hide, --adopt-median.</translation>
    </message>
    <message>
        <source>Give --likelihood and --blast-radius as numbers from 1 to 5, or --clear.</source>
        <translation>Geben Sie --likelihood und --blast-radius als Zahlen von 1 bis 5 an, oder --clear.</translation>
    </message>
    <message>
        <source>Unknown control line “%1”; use: phase KEY, reveal, vote open, vote close, estimates reveal, estimates hide, timer SECONDS [run].</source>
        <translation>Unbekannte Steuerzeile „%1“; möglich sind: phase SCHLÜSSEL, reveal, vote open, vote close, estimates reveal, estimates hide, timer SEKUNDEN [run].</translation>
    </message>
    <message>
        <source>Host the room: participants join from their own devices with the printed address (its first line of output). Serves until interrupted (Ctrl+C or SIGTERM). Lines on standard input move the workshop on: phase KEY, reveal, vote open, vote close, estimates reveal, estimates hide, timer SECONDS [run].</source>
        <translation>Den Raum öffnen: Teilnehmende treten mit ihren eigenen Geräten über die ausgegebene Adresse bei (die erste Zeile der Ausgabe). Läuft, bis er unterbrochen wird (Strg+C oder SIGTERM). Zeilen auf der Standardeingabe steuern den Workshop: phase SCHLÜSSEL, reveal, vote open, vote close, estimates reveal, estimates hide, timer SEKUNDEN [run].</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run technical pre-mortem workshops.</source>
        <translation>Technische Pre-Mortem-Workshops durchführen.</translation>
    </message>
    <message>
        <source>Workshops to open, each in its own window.</source>
        <translation>Zu öffnende Workshops, jeder in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>Open the workshop at this phase (%1).</source>
        <translation>Den Workshop in dieser Phase öffnen (%1).</translation>
    </message>
    <message>
        <source>--phase needs a workshop file.</source>
        <translation>--phase benötigt eine Workshop-Datei.</translation>
    </message>
</context>
<context>
    <name>matrix::MatrixView</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <source>Blast radius →</source>
        <translation>Auswirkungsradius →</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not scored (%1)</source>
        <translation>Nicht bewertet (%1)</translation>
    </message>
    <message>
        <source>No failure modes yet: stack notes on the board to make one.</source>
        <translation>Noch keine Fehlermodi: Stapeln Sie Notizen auf dem Board, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>Drag a card here to clear its score.</source>
        <translation>Ziehen Sie eine Karte hierher, um ihre Bewertung zu entfernen.</translation>
    </message>
    <message>
        <source>Residual risk once the accepted, in-progress and done mitigations are in place</source>
        <translation>Restrisiko, sobald die angenommenen, laufenden und erledigten Gegenmaßnahmen umgesetzt sind</translation>
    </message>
    <message>
        <source>Risk matrix: likelihood × blast radius</source>
        <translation>Risikomatrix: Wahrscheinlichkeit × Auswirkungsradius</translation>
    </message>
    <message>
        <source>Dashed: where each risk is now</source>
        <translation>Gestrichelt: aktueller Stand jedes Risikos</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Drag a card, or select it and press 1–5, Shift+1–5 or the arrows</source>
        <translation>Ziehen Sie eine Karte oder wählen Sie sie aus und drücken Sie 1–5, Umschalt+1–5 oder die Pfeiltasten</translation>
    </message>
    <message>
        <source>Likelihood %1 × blast radius %2 = %3 (%4)</source>
        <translation>Wahrscheinlichkeit %1 × Auswirkungsradius %2 = %3 (%4)</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Once mitigated: %1 (%2)</source>
        <translation>Nach Gegenmaßnahmen: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes hidden until the vote is closed</source>
        <translation>Stimmen verborgen, bis die Abstimmung beendet ist</translation>
    </message>
    <message>
        <source>Dashed: the estimates&apos; range; a disc: how many chose that cell; M: the median</source>
        <translation>Gestrichelt: die Spanne der Schätzungen; eine Scheibe: wie viele dieses Feld wählten; M: der Median</translation>
    </message>
</context>
<context>
    <name>pm</name>
    <message>
        <source>Each entry of “%1” must be an object.</source>
        <translation>Jeder Eintrag von „%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>A %1 has no usable “id”.</source>
        <translation>Ein Eintrag (%1) hat keine brauchbare „id“.</translation>
    </message>
    <message>
        <source>is not a time like 2026-01-31T12:00:00.000Z</source>
        <translation>ist keine Zeitangabe wie 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>is not a valid identifier</source>
        <translation>ist keine gültige Kennung</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <source>The JSON file is %1 MB; at most %2 MB can be imported.</source>
        <translation>Die JSON-Datei ist %1 MB groß; importiert werden können höchstens %2 MB.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The file is JSON but not a Premortem export (it has no “formatVersion”).</source>
        <translation>Die Datei ist JSON, aber kein Premortem-Export (sie hat keine „formatVersion“).</translation>
    </message>
    <message>
        <source>The JSON was written by a newer Premortem (format %1; this version reads up to %2). Update Premortem to import it.</source>
        <translation>Das JSON stammt von einem neueren Premortem (Format %1; diese Version liest bis %2). Aktualisieren Sie Premortem, um es zu importieren.</translation>
    </message>
    <message>
        <source>The JSON has an invalid “formatVersion”.</source>
        <translation>Das JSON hat eine ungültige „formatVersion“.</translation>
    </message>
    <message>
        <source>The JSON has no “workshop” object.</source>
        <translation>Das JSON hat kein „workshop“-Objekt.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>erwartet Text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>must be set</source>
        <translation>muss gesetzt sein</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>is %1; it must be between %2 and %3</source>
        <translation>ist %1, muss aber zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>erwartet eine Zahl</translation>
    </message>
    <message>
        <source>is out of range (%1 to %2)</source>
        <translation>liegt außerhalb des Bereichs (%1 bis %2)</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>is not one of: %1</source>
        <translation>ist keiner der Werte: %1</translation>
    </message>
    <message>
        <source>is not a colour (#rrggbb)</source>
        <translation>ist keine Farbe (#rrggbb)</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>The %1 has an invalid “%2”: it %3.</source>
        <translation>%1: Das Feld „%2“ ist ungültig, es %3.</translation>
    </message>
    <message>
        <source>Internal error: wrong number of values.</source>
        <translation>Interner Fehler: falsche Anzahl von Werten.</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <source>has the wrong JSON type</source>
        <translation>hat den falschen JSON-Typ</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened (%2). The file was not changed; open a backup or an earlier copy.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2). Die Datei wurde nicht verändert; öffnen Sie eine Sicherung oder eine frühere Kopie.</translation>
    </message>
    <message>
        <source>is not a clock (a whole number below 2^53)</source>
        <translation>ist kein Zeitstempel (eine ganze Zahl unter 2^53)</translation>
    </message>
    <message>
        <source>Added %n note(s) from %1</source>
        <translation>%n Notiz(en) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n note(s) by %1 from %2</source>
        <translation>%n Notiz(en) von %1 aus %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n participant(s) from %1</source>
        <translation>%n Teilnehmende aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n component(s) from %1</source>
        <translation>%n Komponente(n) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n failure mode(s) from %1</source>
        <translation>%n Fehlermodus/-modi aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n mitigation(s) from %1</source>
        <translation>%n Gegenmaßnahme(n) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n vote(s) from %1</source>
        <translation>%n Stimme(n) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added %n row(s) from %1</source>
        <translation>%n Zeile(n) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>der Workshop</translation>
    </message>
    <message>
        <source>the vote of %1 on %2</source>
        <translation>die Stimme von %1 für %2</translation>
    </message>
    <message>
        <source>its table definitions cannot be read: %1</source>
        <translation>die Tabellendefinitionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a computed default (“%1”)</source>
        <translation>ein berechneter Standardwert (“%1”)</translation>
    </message>
    <message>
        <source>Internal error: the reference schema cannot be built (%1).</source>
        <translation>Interner Fehler: Das Referenzschema kann nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>the column “%1.%2” is declared %3 instead of %4</source>
        <translation>die Spalte “%1.%2” ist als %3 statt als %4 deklariert</translation>
    </message>
    <message>
        <source>the table “%1” has an extra column “%2” that must be filled in</source>
        <translation>die Tabelle “%1” hat eine zusätzliche Spalte “%2”, die ausgefüllt werden muss</translation>
    </message>
    <message>
        <source>the table “%1” has an extra unique index on “%2”</source>
        <translation>die Tabelle “%1” hat einen zusätzlichen eindeutigen Index auf “%2”</translation>
    </message>
    <message>
        <source>the table “%1” has an extra foreign key (%2)</source>
        <translation>die Tabelle “%1” hat einen zusätzlichen Fremdschlüssel (%2)</translation>
    </message>
    <message>
        <source>the disk is full. The change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>der Datenträger ist voll. Die Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the disk reported an error while writing. The change was not saved; everything saved before is safe. Check the disk or drive, then try again.</source>
        <translation>der Datenträger hat beim Schreiben einen Fehler gemeldet. Die Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Überprüfen Sie den Datenträger oder das Laufwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the file or its folder can no longer be written. The change was not saved; everything saved before is safe. Use Save As to keep your work elsewhere.</source>
        <translation>die Datei oder ihr Ordner ist nicht mehr beschreibbar. Die Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Sichern Sie Ihre Arbeit mit “Speichern unter” an einem anderen Ort.</translation>
    </message>
    <message>
        <source>another program is using the file. The change was not saved; everything saved before is safe. Close the other program and try again.</source>
        <translation>ein anderes Programm verwendet die Datei. Die Änderung wurde nicht gespeichert; alles zuvor Gespeicherte ist sicher. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1. Nothing was changed; check that the disk has free space and the file is writable.</source>
        <translation>%1. Es wurde nichts geändert; prüfen Sie, ob auf dem Datenträger Speicherplatz frei und die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>%1 %2 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: deleted in %2 only.</source>
        <translation>%1: nur in %2 gelöscht.</translation>
    </message>
    <message>
        <source>%1 of %2: %3 in %4, %5 in %6.</source>
        <translation>%2 – %1: %3 in %4, %5 in %6.</translation>
    </message>
    <message>
        <source>Bookkeeping of %1 differs: %2.</source>
        <translation>%1 – Verwaltungsdaten weichen ab: %2.</translation>
    </message>
    <message>
        <source>Only in %1: %2.</source>
        <translation>Nur in %1: %2.</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Keine Komponente</translation>
    </message>
    <message>
        <source>%1: no outcomes yet</source>
        <translation>%1: noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1: happened %2 of %3</source>
        <translation>%1: %2 von %3 eingetreten</translation>
    </message>
    <message>
        <source>(near misses: %1)</source>
        <translation>(Beinahe-Vorfälle: %1)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Likelihood against outcome</source>
        <translation>Wahrscheinlichkeit im Vergleich zum Ergebnis</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Steht für</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Near misses</source>
        <translation>Beinahe-Vorfälle</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Brier score (0 is perfect)</source>
        <translation>Brier-Score (0 ist perfekt)</translation>
    </message>
    <message>
        <source>High and critical predictions that happened</source>
        <translation>Eingetretene hohe und kritische Vorhersagen</translation>
    </message>
    <message>
        <source>Failures that happened and were predicted</source>
        <translation>Eingetretene und vorhergesagte Ausfälle</translation>
    </message>
    <message>
        <source>Surprises (not predicted)</source>
        <translation>Überraschungen (nicht vorhergesagt)</translation>
    </message>
    <message>
        <source>Predictions without an outcome yet</source>
        <translation>Vorhersagen ohne bisheriges Ergebnis</translation>
    </message>
    <message>
        <source>Blind spots by category</source>
        <translation>Blinde Flecken nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Surprises</source>
        <translation>Überraschungen</translation>
    </message>
    <message>
        <source>Blind spots by component</source>
        <translation>Blinde Flecken nach Komponente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Mitigation types</source>
        <translation>Arten von Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Helped partly</source>
        <translation>Hat teilweise geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Predicted failure modes</source>
        <translation>Vorhergesagte Fehlermodi</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Mitigations as judged</source>
        <translation>Bewertete Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Look-back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>The vote is not open. Start the vote before giving dots.</source>
        <translation>Die Abstimmung ist nicht geöffnet. Starten Sie die Abstimmung, bevor Sie Punkte vergeben.</translation>
    </message>
    <message>
        <source>Choose the participant who votes first.</source>
        <translation>Wählen Sie zuerst die abstimmende Person aus.</translation>
    </message>
    <message>
        <source>Choose a failure mode to vote on first.</source>
        <translation>Wählen Sie zuerst einen Fehlermodus für die Abstimmung aus.</translation>
    </message>
    <message>
        <source>%1 has used all %2 dots. Take a dot back from another failure mode first.</source>
        <translation>%1 hat alle %2 Punkte vergeben. Nehmen Sie zuerst einen Punkt von einem anderen Fehlermodus zurück.</translation>
    </message>
    <message>
        <source>%1 has no dot on this failure mode to take back.</source>
        <translation>%1 hat auf diesem Fehlermodus keinen Punkt, der zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>The template %1 was skipped: %2</source>
        <translation>Die Vorlage %1 wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” must be a number between %2 and %3.</source>
        <translation>„%1“ muss eine Zahl zwischen %2 und %3 sein.</translation>
    </message>
    <message>
        <source>component %1: </source>
        <translation>Komponente %1: </translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>“name” is missing.</source>
        <translation>„name“ fehlt.</translation>
    </message>
    <message>
        <source>the kind “%1” is unknown (known: %2).</source>
        <translation>die Art „%1“ ist unbekannt (bekannt: %2).</translation>
    </message>
    <message>
        <source>the parent “%1” is not a component listed before it.</source>
        <translation>das übergeordnete Element „%1“ ist keine zuvor aufgeführte Komponente.</translation>
    </message>
    <message>
        <source>it is larger than %1 KiB.</source>
        <translation>sie ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it must hold one JSON object.</source>
        <translation>sie muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>“id” must be lower-case letters, digits and dashes.</source>
        <translation>„id“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>“components” must be a list.</source>
        <translation>„components“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>it has more than %1 components.</source>
        <translation>sie hat mehr als %1 Komponenten.</translation>
    </message>
    <message>
        <source>the component name “%1” is used twice.</source>
        <translation>der Komponentenname „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>“emphasis” must be a list of category keys.</source>
        <translation>„emphasis“ muss eine Liste von Kategorieschlüsseln sein.</translation>
    </message>
    <message>
        <source>“emphasis” names an unknown category (known: %1).</source>
        <translation>„emphasis“ nennt eine unbekannte Kategorie (bekannt: %1).</translation>
    </message>
    <message>
        <source>another template already has the id “%1”.</source>
        <translation>eine andere Vorlage hat bereits die ID „%1“.</translation>
    </message>
    <message>
        <source>&lt;date&gt;</source>
        <translation>&lt;Datum&gt;</translation>
    </message>
    <message>
        <source>&lt;launch&gt;</source>
        <translation>&lt;Launch&gt;</translation>
    </message>
    <message>
        <source>&lt;what users saw&gt;</source>
        <translation>&lt;was Nutzende sahen&gt;</translation>
    </message>
    <message>
        <source>It is %1. %2 has failed. %3</source>
        <translation>Es ist %1. %2 ist gescheitert. %3</translation>
    </message>
    <message>
        <source>The %1 “%2” has an invalid “%3”: it %4.</source>
        <translation>%1 „%2“: Das Feld „%3“ ist ungültig, es %4.</translation>
    </message>
    <message>
        <source>the dependency of %1 on %2</source>
        <translation>die Abhängigkeit von %1 von %2</translation>
    </message>
    <message>
        <source>“userFacing” must be true or false.</source>
        <translation>„userFacing“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>dependency %1: </source>
        <translation>Abhängigkeit %1: </translation>
    </message>
    <message>
        <source>“%1” is not a component of the template.</source>
        <translation>„%1“ ist keine Komponente der Vorlage.</translation>
    </message>
    <message>
        <source>a component cannot depend on itself.</source>
        <translation>eine Komponente kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>“dependencies” must be a list.</source>
        <translation>„dependencies“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>it has more than %1 dependencies.</source>
        <translation>sie hat mehr als %1 Abhängigkeiten.</translation>
    </message>
    <message>
        <source>Architecture diagrams (%1)</source>
        <translation>Architekturdiagramme (%1)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Premortem cannot tell which kind of diagram “%1” is. Name the format: %2.</source>
        <translation>Premortem kann nicht erkennen, welche Art Diagramm „%1“ ist. Nennen Sie das Format: %2.</translation>
    </message>
    <message>
        <source>The diagram has more than %L1 boxes (%L2 so far); Premortem imports up to %L1. Nothing was imported.</source>
        <translation>Das Diagramm hat mehr als %L1 Kästen (bisher %L2); Premortem importiert bis zu %L1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The diagram has more than %L1 arrows (%L2 so far); Premortem imports up to %L1. Nothing was imported.</source>
        <translation>Das Diagramm hat mehr als %L1 Pfeile (bisher %L2); Premortem importiert bis zu %L1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>A name or label in the diagram is %L1 characters long; Premortem accepts up to %L2. Nothing was imported.</source>
        <translation>Ein Name oder eine Beschriftung im Diagramm ist %L1 Zeichen lang; Premortem akzeptiert bis zu %L2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The diagram file is %L1 MB; Premortem imports diagrams of up to %L2 MB. Nothing was imported.</source>
        <translation>Die Diagrammdatei ist %L1 MB groß; Premortem importiert Diagramme bis %L2 MB. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Unnamed boundary</source>
        <translation>Unbenannte Grenze</translation>
    </message>
    <message>
        <source>The diagram names two groups “%1”. Nothing was imported.</source>
        <translation>Das Diagramm enthält zwei Gruppen „%1“. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The group “%1” sits in a group that is not in the diagram. Nothing was imported.</source>
        <translation>Die Gruppe „%1“ liegt in einer Gruppe, die nicht im Diagramm steht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Unnamed component</source>
        <translation>Unbenannte Komponente</translation>
    </message>
    <message>
        <source>The diagram names two boxes “%1”. Nothing was imported.</source>
        <translation>Das Diagramm enthält zwei Kästen „%1“. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>An arrow of the diagram connects “%1” and “%2”, which are not both boxes of it. Nothing was imported.</source>
        <translation>Ein Pfeil des Diagramms verbindet „%1“ und „%2“, die nicht beide Kästen des Diagramms sind. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: an end is not a component</source>
        <translation>%1: ein Ende ist keine Komponente</translation>
    </message>
    <message>
        <source>%1: a component that depends on itself</source>
        <translation>%1: eine Komponente, die von sich selbst abhängt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The YAML file holds more than %L1 values; Premortem reads docker-compose files of up to that many. Nothing was imported.</source>
        <translation>Die YAML-Datei enthält mehr als %L1 Werte; Premortem liest docker-compose-Dateien bis zu dieser Größe. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The YAML file expands to more than %L1 values through its aliases (an “alias bomb”); Premortem does not read it. Nothing was imported.</source>
        <translation>Die YAML-Datei wächst durch ihre Aliasse auf mehr als %L1 Werte an (eine „Alias-Bombe“); Premortem liest sie nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is YAML but not a docker-compose file (it is not a map of settings). Nothing was imported.</source>
        <translation>Die Datei ist YAML, aber keine docker-compose-Datei (sie ist keine Zuordnung von Einstellungen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The docker-compose file has no “services”. Nothing was imported.</source>
        <translation>Die docker-compose-Datei hat keine „services“. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The service “%1” depends on “%2”, which the file does not define. Nothing was imported.</source>
        <translation>Der Dienst „%1“ hängt von „%2“ ab, den die Datei nicht definiert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not YAML Premortem can read (%1). Nothing was imported.</source>
        <translation>Die Datei ist kein YAML, das Premortem lesen kann (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a Graphviz DOT text (it holds binary data). Nothing was imported.</source>
        <translation>Die Datei ist kein Graphviz-DOT-Text (sie enthält Binärdaten). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a Graphviz DOT graph Premortem can read (%1). Nothing was imported.</source>
        <translation>Die Datei ist kein Graphviz-DOT-Graph, den Premortem lesen kann (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>The file is not a draw.io diagram Premortem can read (%1). Nothing was imported.</source>
        <translation>Die Datei ist kein draw.io-Diagramm, das Premortem lesen kann (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the decompressor cannot start</source>
        <translation>der Entpacker kann nicht starten</translation>
    </message>
    <message>
        <source>a compressed page is damaged</source>
        <translation>eine komprimierte Seite ist beschädigt</translation>
    </message>
    <message>
        <source>A compressed page of the draw.io file expands to more than %L1 MB (a “zip bomb”); Premortem does not read it. Nothing was imported.</source>
        <translation>Eine komprimierte Seite der draw.io-Datei entpackt sich auf mehr als %L1 MB (eine „Zip-Bombe“); Premortem liest sie nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The JSON is not a Structurizr workspace (it has no “model”). Nothing was imported.</source>
        <translation>Das JSON ist kein Structurizr-Workspace (es hat kein „model“). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Added %n dependency arrow(s) from %1</source>
        <translation>%n Abhängigkeitspfeil(e) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>The estimates have been revealed and can no longer be changed. Hide them again to change one.</source>
        <translation>Die Schätzungen sind aufgedeckt und können nicht mehr geändert werden. Verdecken Sie sie wieder, um eine zu ändern.</translation>
    </message>
    <message>
        <source>Choose the participant whose estimate this is first.</source>
        <translation>Wählen Sie zuerst die Person, deren Schätzung das ist.</translation>
    </message>
    <message>
        <source>Choose a failure mode to estimate first.</source>
        <translation>Wählen Sie zuerst einen Fehlermodus zum Schätzen.</translation>
    </message>
    <message>
        <source>No failure mode is titled “%1”.</source>
        <translation>Kein Fehlermodus heißt „%1“.</translation>
    </message>
    <message>
        <source>An estimate scores likelihood and blast radius from 1 to 5.</source>
        <translation>Eine Schätzung bewertet Wahrscheinlichkeit und Auswirkungsradius von 1 bis 5.</translation>
    </message>
    <message>
        <source>Choose a failure mode first.</source>
        <translation>Wählen Sie zuerst einen Fehlermodus.</translation>
    </message>
    <message>
        <source>Reveal the estimates before taking their median as the score.</source>
        <translation>Decken Sie die Schätzungen auf, bevor Sie ihren Median als Bewertung übernehmen.</translation>
    </message>
    <message>
        <source>Nobody has estimated this failure mode yet.</source>
        <translation>Diesen Fehlermodus hat noch niemand geschätzt.</translation>
    </message>
    <message>
        <source>Where we disagreed</source>
        <translation>Wo wir uns uneinig waren</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Agreed score</source>
        <translation>Vereinbarte Bewertung</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Added %n estimate(s) from %1</source>
        <translation>%n Schätzung(en) aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>an estimate on %1</source>
        <translation>eine Schätzung zu %1</translation>
    </message>
    <message>
        <source>Each person against the group</source>
        <translation>Jede Person im Vergleich zur Gruppe</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Judged estimates</source>
        <translation>Beurteilte Schätzungen</translation>
    </message>
    <message>
        <source>Their Brier score</source>
        <translation>Ihr Brier-Score</translation>
    </message>
    <message>
        <source>The group&apos;s on the same</source>
        <translation>Der der Gruppe für dieselben</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>the group</source>
        <translation>die Gruppe</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>even</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist. Choose an existing folder or create it first.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ existiert nicht. Wählen Sie einen vorhandenen Ordner oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: “%2” is a file, not a folder.</source>
        <translation>„%1“ kann nicht angelegt werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: you do not have permission to write in the folder “%2”. Choose another folder.</source>
        <translation>„%1“ kann nicht angelegt werden: Sie haben keine Berechtigung, im Ordner „%2“ zu schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>pm::ArchitectureImport</name>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>Graphviz konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the map.</source>
        <translation>Graphviz konnte die Karte nicht anordnen.</translation>
    </message>
</context>
<context>
    <name>pm::ArchitectureImportPlan</name>
    <message>
        <source>Add component “%1”</source>
        <translation>Komponente „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Match “%1” (already in the workshop)</source>
        <translation>„%1“ zuordnen (schon im Workshop)</translation>
    </message>
    <message>
        <source>Add dependency %1</source>
        <translation>Abhängigkeit %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n dependency arrow(s) the workshop has already</source>
        <translation>
            <numerusform>%n Abhängigkeitspfeil behalten, den der Workshop schon hat</numerusform>
            <numerusform>%n Abhängigkeitspfeile behalten, die der Workshop schon hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 überspringen</translation>
    </message>
    <message>
        <source>In all: %1 components added, %2 matched, %3 dependencies added.</source>
        <translation>Insgesamt: %1 Komponenten hinzugefügt, %2 zugeordnet, %3 Abhängigkeiten hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>pm::ArchitectureWarning</name>
    <message numerus="yes">
        <source>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component(s).</source>
        <translation>
            <numerusform>„%1“ hat einen Auswirkungsradius von %2, aber ein Ausfall dort erreicht %3 von %n Komponente.</numerusform>
            <numerusform>„%1“ hat einen Auswirkungsradius von %2, aber ein Ausfall dort erreicht %3 von %n Komponenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has its blast radius scored %2, but a failure there reaches %3 of %n component(s), user-facing ones among them.</source>
        <translation>
            <numerusform>„%1“ hat einen Auswirkungsradius von %2, aber ein Ausfall dort erreicht %3 von %n Komponente, darunter für Nutzer sichtbare.</numerusform>
            <numerusform>„%1“ hat einen Auswirkungsradius von %2, aber ein Ausfall dort erreicht %3 von %n Komponenten, darunter für Nutzer sichtbare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a single point of failure nobody discussed: a failure there reaches %2 of %n component(s), and it has no failure mode yet.</source>
        <translation>
            <numerusform>„%1“ ist ein Single Point of Failure, über den niemand gesprochen hat: Ein Ausfall dort erreicht %2 von %n Komponente, und es gibt noch keinen Fehlermodus dazu.</numerusform>
            <numerusform>„%1“ ist ein Single Point of Failure, über den niemand gesprochen hat: Ein Ausfall dort erreicht %2 von %n Komponenten, und es gibt noch keinen Fehlermodus dazu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::Category</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>Critical bug</source>
        <translation>Kritischer Bug</translation>
    </message>
    <message>
        <source>BUG</source>
        <translation>BUG</translation>
    </message>
    <message>
        <source>Race condition</source>
        <translation>Race Condition</translation>
    </message>
    <message>
        <source>RACE</source>
        <translation>RACE</translation>
    </message>
    <message>
        <source>Memory leak</source>
        <translation>Speicherleck</translation>
    </message>
    <message>
        <source>LEAK</source>
        <translation>LECK</translation>
    </message>
    <message>
        <source>Misestimated load</source>
        <translation>Falsch eingeschätzte Last</translation>
    </message>
    <message>
        <source>LOAD</source>
        <translation>LAST</translation>
    </message>
    <message>
        <source>Flawed rollout</source>
        <translation>Fehlerhafter Rollout</translation>
    </message>
    <message>
        <source>ROLL</source>
        <translation>ROLL</translation>
    </message>
    <message>
        <source>Infrastructure/feature misalignment</source>
        <translation>Infrastruktur passt nicht zum Feature</translation>
    </message>
    <message>
        <source>INFRA</source>
        <translation>INFRA</translation>
    </message>
    <message>
        <source>Weak observability / incident response</source>
        <translation>Schwache Beobachtbarkeit / Incident Response</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Architectural fragility</source>
        <translation>Fragile Architektur</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>ARCH</translation>
    </message>
    <message>
        <source>Dependency risk</source>
        <translation>Abhängigkeitsrisiko</translation>
    </message>
    <message>
        <source>DEP</source>
        <translation>ABH</translation>
    </message>
    <message>
        <source>Operational blind spot</source>
        <translation>Blinder Fleck im Betrieb</translation>
    </message>
    <message>
        <source>OPS</source>
        <translation>BETR</translation>
    </message>
    <message>
        <source>Tech-debt pressure</source>
        <translation>Druck durch technische Schulden</translation>
    </message>
    <message>
        <source>DEBT</source>
        <translation>SCHULD</translation>
    </message>
</context>
<context>
    <name>pm::ComponentKind</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>SVC</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>Datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>External dependency</source>
        <translation>Externe Abhängigkeit</translation>
    </message>
    <message>
        <source>EXT</source>
        <translation>EXT</translation>
    </message>
    <message>
        <source>Stack layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>SCHICHT</translation>
    </message>
    <message>
        <source>Service boundary</source>
        <translation>Dienstgrenze</translation>
    </message>
    <message>
        <source>BOUNDARY</source>
        <translation>GRENZE</translation>
    </message>
</context>
<context>
    <name>pm::Coverage</name>
    <message>
        <source>no mitigation yet</source>
        <translation>noch keine Gegenmaßnahme</translation>
    </message>
    <message>
        <source>mitigations are only proposed or rejected: accept one</source>
        <translation>Gegenmaßnahmen sind nur vorgeschlagen oder abgelehnt: Nehmen Sie eine an</translation>
    </message>
    <message>
        <source>the accepted mitigation has no owner</source>
        <translation>die angenommene Gegenmaßnahme hat keine verantwortliche Person</translation>
    </message>
    <message>
        <source>the accepted mitigation has no due date</source>
        <translation>die angenommene Gegenmaßnahme hat kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the accepted mitigation has neither an owner nor a due date</source>
        <translation>die angenommene Gegenmaßnahme hat weder eine verantwortliche Person noch ein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>pm::DependencyKind</name>
    <message>
        <source>Synchronous call</source>
        <translation>Synchroner Aufruf</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>AUFRUF</translation>
    </message>
    <message>
        <source>Asynchronous message</source>
        <translation>Asynchrone Nachricht</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>NACHR</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>DEPLOY</source>
        <translation>DEPLOY</translation>
    </message>
</context>
<context>
    <name>pm::Destination</name>
    <message>
        <source>Not yet decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Backlog item</source>
        <translation>Backlog-Eintrag</translation>
    </message>
    <message>
        <source>BACKLOG</source>
        <translation>BACKLOG</translation>
    </message>
    <message>
        <source>Architecture decision record</source>
        <translation>Architekturentscheidung (ADR)</translation>
    </message>
    <message>
        <source>ADR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Deployment checklist</source>
        <translation>Deployment-Checkliste</translation>
    </message>
    <message>
        <source>CHECKLIST</source>
        <translation>CHECKLISTE</translation>
    </message>
</context>
<context>
    <name>pm::Effect</name>
    <message>
        <source>Not yet judged</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>HELPED</source>
        <translation>GEHOLFEN</translation>
    </message>
    <message>
        <source>Helped partly</source>
        <translation>Hat teilweise geholfen</translation>
    </message>
    <message>
        <source>PARTLY</source>
        <translation>TEILWEISE</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>NO HELP</source>
        <translation>NICHT GEHOLFEN</translation>
    </message>
</context>
<context>
    <name>pm::EmptyExport</name>
    <message>
        <source>There are no mitigations yet. Add them to the failure modes in the Mitigations panel and set their destination to “%1”.</source>
        <translation>Es gibt noch keine Maßnahmen. Fügen Sie sie den Fehlermodi im Bereich „Maßnahmen“ hinzu und setzen Sie ihr Ziel auf „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s) are “%1”</source>
        <translation>
            <numerusform>%n Maßnahme ist „%1“</numerusform>
            <numerusform>%n Maßnahmen sind „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s) are rejected</source>
        <translation>
            <numerusform>%n Maßnahme ist abgelehnt</numerusform>
            <numerusform>%n Maßnahmen sind abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>No mitigation has the destination “%1” yet: %2. Set a destination in the Mitigations panel.</source>
        <translation>Noch keine Maßnahme hat das Ziel „%1“: %2. Setzen Sie ein Ziel im Bereich „Maßnahmen“.</translation>
    </message>
    <message>
        <source>The workshop has no components yet, so the map is empty. Add them on the board or import a diagram with “import-architecture”.</source>
        <translation>Der Workshop hat noch keine Komponenten, die Karte ist also leer. Fügen Sie sie auf dem Board hinzu oder importieren Sie ein Diagramm mit „import-architecture“.</translation>
    </message>
</context>
<context>
    <name>pm::Entity</name>
    <message>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmende/r</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>failure mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
</context>
<context>
    <name>pm::Estimates</name>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>pm::Export</name>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Pre-mortem report</source>
        <translation>Pre-Mortem-Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n failure mode(s) not scored yet.</source>
        <translation>
            <numerusform>%n Fehlermodus noch nicht bewertet.</numerusform>
            <numerusform>%n Fehlermodi noch nicht bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>no SLA or fallback</source>
        <translation>kein SLA und kein Fallback</translation>
    </message>
</context>
<context>
    <name>pm::Field</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Enthalten in</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Ergebnisdatum</translation>
    </message>
    <message>
        <source>Post-mortem link</source>
        <translation>Post-Mortem-Link</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlermodus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual blast radius</source>
        <translation>Rest-Auswirkungsradius</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Abstimmende(r)</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Likelihood wording</source>
        <translation>Beschriftung Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Blast radius wording</source>
        <translation>Beschriftung Auswirkungsradius</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Record authors</source>
        <translation>Autoren speichern</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Abstimmung läuft</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Vorbereitet für</translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation>Überraschung</translation>
    </message>
    <message>
        <source>Helped?</source>
        <translation>Geholfen?</translation>
    </message>
    <message>
        <source>User-facing</source>
        <translation>Für Nutzer sichtbar</translation>
    </message>
    <message>
        <source>Depending component</source>
        <translation>Abhängige Komponente</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>No SLA or fallback</source>
        <translation>Kein SLA und kein Fallback</translation>
    </message>
    <message>
        <source>Estimates revealed</source>
        <translation>Schätzungen aufgedeckt</translation>
    </message>
</context>
<context>
    <name>pm::FieldClocks</name>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>has an entry without a name</source>
        <translation>hat einen Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>names an unknown field “%1”</source>
        <translation>nennt ein unbekanntes Feld “%1”</translation>
    </message>
    <message>
        <source>lists “%1” out of order or twice</source>
        <translation>führt “%1” in falscher Reihenfolge oder doppelt auf</translation>
    </message>
    <message>
        <source>has an invalid clock for “%1”</source>
        <translation>hat einen ungültigen Zeitstempel für “%1”</translation>
    </message>
    <message>
        <source>holds back a value of “%1”</source>
        <translation>hält einen Wert von “%1” zurück</translation>
    </message>
    <message>
        <source>holds back an invalid value</source>
        <translation>hält einen ungültigen Wert zurück</translation>
    </message>
    <message>
        <source>holds back an invalid identifier</source>
        <translation>hält eine ungültige Kennung zurück</translation>
    </message>
    <message>
        <source>repeats the row&apos;s creation clock for “%1”</source>
        <translation>wiederholt den Erstellungszeitstempel der Zeile für “%1”</translation>
    </message>
    <message>
        <source>holds back “%1” although the row shows it as written</source>
        <translation>hält “%1” zurück, obwohl die Zeile es als geschrieben ausweist</translation>
    </message>
</context>
<context>
    <name>pm::Json</name>
    <message>
        <source>Estimator %1</source>
        <translation>Schätzende Person %1</translation>
    </message>
</context>
<context>
    <name>pm::LaunchCheck</name>
    <message>
        <source>the committed mitigation “%1” has no owner</source>
        <translation>die zugesagte Gegenmaßnahme „%1“ hat keine verantwortliche Person</translation>
    </message>
</context>
<context>
    <name>pm::Merger</name>
    <message>
        <source>“%1” is the workshop being merged into; choose other files to merge.</source>
        <translation>“%1” ist der Workshop, in den zusammengeführt wird; wählen Sie andere Dateien zum Zusammenführen.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Premortem; update Premortem to merge it.</source>
        <translation>“%1” wurde mit einer neueren Version von Premortem geschrieben; aktualisieren Sie Premortem, um die Datei zusammenzuführen.</translation>
    </message>
    <message>
        <source>“%1” is a different workshop (“%2”) from this one (“%3”); merging would mix two boards. It was not merged. Merge different workshops only on purpose, with the option to do so.</source>
        <translation>“%1” ist ein anderer Workshop (“%2”) als dieser (“%3”); beim Zusammenführen würden zwei Boards vermischt. Die Datei wurde nicht zusammengeführt. Führen Sie verschiedene Workshops nur absichtlich zusammen, mit der dafür vorgesehenen Option.</translation>
    </message>
    <message>
        <source>“%1” and %2 use the same identifier %3 for a %4 and for a %5; the files cannot be merged. Nothing was changed.</source>
        <translation>“%1” und %2 verwenden dieselbe Kennung %3 für ein Element vom Typ %4 und für eines vom Typ %5; die Dateien können nicht zusammengeführt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>this workshop</source>
        <translation>dieser Workshop</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” is another workshop (“%2”): its rows were added to this one, whose title and scenario stay as they are.</source>
        <translation>“%1” ist ein anderer Workshop (“%2”): Seine Zeilen wurden in diesen Workshop übernommen, dessen Titel und Szenario unverändert bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>This workshop does not record authors: %n note(s) were merged without their author.</source>
        <translation>
            <numerusform>Dieser Workshop erfasst keine Autoren: %n Notiz wurde ohne Autor zusammengeführt.</numerusform>
            <numerusform>Dieser Workshop erfasst keine Autoren: %n Notizen wurden ohne Autor zusammengeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pm::MitigationStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>PROP</source>
        <translation>VORSCHL</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>ACC</source>
        <translation>ANGEN</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>WIP</source>
        <translation>IN ARB</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>REJ</source>
        <translation>ABGEL</translation>
    </message>
</context>
<context>
    <name>pm::MitigationType</name>
    <message>
        <source>Automated rollback</source>
        <translation>Automatischer Rollback</translation>
    </message>
    <message>
        <source>RB</source>
        <translation>RB</translation>
    </message>
    <message>
        <source>Feature flag</source>
        <translation>Feature-Flag</translation>
    </message>
    <message>
        <source>FF</source>
        <translation>FF</translation>
    </message>
    <message>
        <source>Chaos test</source>
        <translation>Chaos-Test</translation>
    </message>
    <message>
        <source>CHAOS</source>
        <translation>CHAOS</translation>
    </message>
    <message>
        <source>Performance baseline</source>
        <translation>Performance-Baseline</translation>
    </message>
    <message>
        <source>PERF</source>
        <translation>PERF</translation>
    </message>
    <message>
        <source>Monitoring / alerting</source>
        <translation>Monitoring / Alarmierung</translation>
    </message>
    <message>
        <source>MON</source>
        <translation>MON</translation>
    </message>
    <message>
        <source>Canary / blue-green</source>
        <translation>Canary / Blue-Green</translation>
    </message>
    <message>
        <source>CAN</source>
        <translation>CAN</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>RUN</translation>
    </message>
    <message>
        <source>Design change</source>
        <translation>Designänderung</translation>
    </message>
    <message>
        <source>DES</source>
        <translation>DES</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>OTH</source>
        <translation>SONST</translation>
    </message>
</context>
<context>
    <name>pm::Outcome</name>
    <message>
        <source>Not yet known</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>Nicht eingetreten</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Beinahe eingetreten</translation>
    </message>
    <message>
        <source>NEAR</source>
        <translation>KNAPP</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>JA</translation>
    </message>
</context>
<context>
    <name>pm::Parser</name>
    <message>
        <source>The file is not a Mermaid flowchart (it does not start with “flowchart” or “graph”). Nothing was imported.</source>
        <translation>Die Datei ist kein Mermaid-Flussdiagramm (sie beginnt nicht mit „flowchart“ oder „graph“). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is empty: there is no Mermaid flowchart in it. Nothing was imported.</source>
        <translation>Die Datei ist leer: Sie enthält kein Mermaid-Flussdiagramm. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>a “subgraph” has no “end”</source>
        <translation>ein „subgraph“ hat kein „end“</translation>
    </message>
    <message>
        <source>The Mermaid flowchart cannot be read at line %1: %2. Nothing was imported.</source>
        <translation>Das Mermaid-Flussdiagramm kann in Zeile %1 nicht gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>an “end” without a “subgraph”</source>
        <translation>ein „end“ ohne „subgraph“</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>Subgraphen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the subgraph “%1” is declared twice</source>
        <translation>der Subgraph „%1“ ist doppelt deklariert</translation>
    </message>
    <message>
        <source>“%1” is not a node, an arrow or a subgraph</source>
        <translation>„%1“ ist weder ein Knoten noch ein Pfeil noch ein Subgraph</translation>
    </message>
    <message>
        <source>a node is expected at “%1”</source>
        <translation>bei „%1“ wird ein Knoten erwartet</translation>
    </message>
</context>
<context>
    <name>pm::Phase</name>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>Silent writing</source>
        <translation>Stilles Schreiben</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>Reveal &amp; cluster</source>
        <translation>Aufdecken &amp; gruppieren</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>8</source>
        <translation>8</translation>
    </message>
</context>
<context>
    <name>pm::PhaseGuide</name>
    <message>
        <source>Imagine it is months from now and the launch has failed. Agree on what users saw.</source>
        <translation>Stellen Sie sich vor, in einigen Monaten ist der Launch gescheitert. Einigen Sie sich darauf, was die Nutzenden gesehen haben.</translation>
    </message>
    <message>
        <source>Who is here? Make sure both the build side and the run side are in the room.</source>
        <translation>Wer ist da? Stellen Sie sicher, dass sowohl die Entwicklungs- als auch die Betriebsseite im Raum ist.</translation>
    </message>
    <message>
        <source>Write, silently, every reason the launch failed. One reason per note.</source>
        <translation>Schreiben Sie still jeden Grund auf, warum der Launch gescheitert ist. Ein Grund pro Notiz.</translation>
    </message>
    <message>
        <source>Read the notes aloud, put them on the component they hit, stack the duplicates.</source>
        <translation>Lesen Sie die Notizen vor, ordnen Sie sie der betroffenen Komponente zu und stapeln Sie Duplikate.</translation>
    </message>
    <message>
        <source>For each failure mode: how likely is it, and how many users would it hit?</source>
        <translation>Für jeden Fehlermodus: Wie wahrscheinlich ist er, und wie viele Nutzende würde er treffen?</translation>
    </message>
    <message>
        <source>For the top risks: what do we do about it, who owns it, and by when?</source>
        <translation>Für die größten Risiken: Was tun wir dagegen, wer ist verantwortlich, und bis wann?</translation>
    </message>
    <message>
        <source>Export the risks and mitigations to the backlog, the ADR and the checklist.</source>
        <translation>Exportieren Sie die Risiken und Gegenmaßnahmen in das Backlog, den ADR und die Checkliste.</translation>
    </message>
    <message>
        <source>After the launch: which failures happened, and which mitigations helped?</source>
        <translation>Nach dem Launch: Welche Ausfälle sind eingetreten, und welche Gegenmaßnahmen haben geholfen?</translation>
    </message>
    <message>
        <source>Unknown phase “%1”. Use one of: %2.</source>
        <translation>Unbekannte Phase „%1“. Verwenden Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>pm::PreparationPack</name>
    <message>
        <source>This workshop has no participant with the identifier %1.</source>
        <translation>Dieser Workshop hat keine teilnehmende Person mit der Kennung %1.</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or replace it.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei.</translation>
    </message>
    <message>
        <source>“%1” is the workshop itself; choose another file for the preparation pack.</source>
        <translation>„%1“ ist der Workshop selbst; wählen Sie eine andere Datei für die Vorbereitungsdatei.</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Premortem window; close it there first or choose another name.</source>
        <translation>„%1“ ist in einem anderen Premortem-Fenster zur Bearbeitung geöffnet; schließen Sie sie dort zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file could not be replaced.</source>
        <translation>„%1“ kann nicht ersetzt werden: Die Datei konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>This workshop has no participants yet; add them first.</source>
        <translation>Dieser Workshop hat noch keine Teilnehmenden; fügen Sie diese zuerst hinzu.</translation>
    </message>
    <message>
        <source>No participant is called “%1”. The participants are: %2.</source>
        <translation>Keine teilnehmende Person heißt „%1“. Die Teilnehmenden sind: %2.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>pm::PromptCard</name>
    <message>
        <source>Which code path has no test because it is hard to reach?</source>
        <translation>Welcher Codepfad hat keinen Test, weil er schwer zu erreichen ist?</translation>
    </message>
    <message>
        <source>What input did nobody expect: empty, huge, malformed?</source>
        <translation>Mit welcher Eingabe hat niemand gerechnet: leer, riesig, fehlerhaft?</translation>
    </message>
    <message>
        <source>Which edge case only shows up with real data?</source>
        <translation>Welcher Grenzfall zeigt sich erst mit echten Daten?</translation>
    </message>
    <message>
        <source>What happens when two requests change the same thing at once?</source>
        <translation>Was passiert, wenn zwei Anfragen gleichzeitig dasselbe ändern?</translation>
    </message>
    <message>
        <source>Which step assumes an order that retries or queues can break?</source>
        <translation>Welcher Schritt setzt eine Reihenfolge voraus, die Wiederholungen oder Warteschlangen brechen können?</translation>
    </message>
    <message>
        <source>Where do old and new versions run side by side?</source>
        <translation>Wo laufen alte und neue Versionen nebeneinander?</translation>
    </message>
    <message>
        <source>What grows and is never released: caches, connections, handles?</source>
        <translation>Was wächst und wird nie freigegeben: Caches, Verbindungen, Handles?</translation>
    </message>
    <message>
        <source>What happens after a week without a restart?</source>
        <translation>Was passiert nach einer Woche ohne Neustart?</translation>
    </message>
    <message>
        <source>Which load estimate is a guess nobody measured?</source>
        <translation>Welche Lastschätzung ist eine Vermutung, die niemand gemessen hat?</translation>
    </message>
    <message>
        <source>What happens at ten times the traffic, or at the daily peak?</source>
        <translation>Was passiert bei zehnfachem Verkehr oder zur täglichen Spitze?</translation>
    </message>
    <message>
        <source>Which dependency has a quota or limit we could hit?</source>
        <translation>Welche Abhängigkeit hat ein Kontingent oder Limit, das wir erreichen könnten?</translation>
    </message>
    <message>
        <source>How do we roll back, and has anyone tried it?</source>
        <translation>Wie rollen wir zurück, und hat das schon jemand ausprobiert?</translation>
    </message>
    <message>
        <source>Which change reaches everyone at once, without a canary or blue-green step?</source>
        <translation>Welche Änderung erreicht alle auf einmal, ohne Canary- oder Blue-Green-Schritt?</translation>
    </message>
    <message>
        <source>Which migration cannot be undone?</source>
        <translation>Welche Migration lässt sich nicht rückgängig machen?</translation>
    </message>
    <message>
        <source>Where does the production setup differ from staging?</source>
        <translation>Wo unterscheidet sich die Produktion von Staging?</translation>
    </message>
    <message>
        <source>Which feature needs infrastructure that is not ready or not sized?</source>
        <translation>Welche Funktion braucht Infrastruktur, die nicht bereit oder nicht dimensioniert ist?</translation>
    </message>
    <message>
        <source>How would we know it is broken before users tell us?</source>
        <translation>Woran merken wir, dass es kaputt ist, bevor die Nutzer es uns sagen?</translation>
    </message>
    <message>
        <source>Who gets paged, and does the runbook exist?</source>
        <translation>Wer wird alarmiert, und gibt es das Runbook?</translation>
    </message>
    <message>
        <source>Which failure would be silent: no error, just wrong results?</source>
        <translation>Welcher Fehler bliebe still: keine Fehlermeldung, nur falsche Ergebnisse?</translation>
    </message>
    <message>
        <source>Which single component takes everything down when it fails?</source>
        <translation>Welche einzelne Komponente reißt beim Ausfall alles mit?</translation>
    </message>
    <message>
        <source>Where does a slow part make everything behind it slow?</source>
        <translation>Wo macht ein langsamer Teil alles dahinter langsam?</translation>
    </message>
    <message>
        <source>Which external service or library can change or fail under us?</source>
        <translation>Welcher externe Dienst oder welche Bibliothek kann sich unter uns ändern oder ausfallen?</translation>
    </message>
    <message>
        <source>What do we do when a dependency times out instead of failing?</source>
        <translation>Was tun wir, wenn eine Abhängigkeit in ein Timeout läuft, statt zu scheitern?</translation>
    </message>
    <message>
        <source>Which part of the system does nobody in this room own?</source>
        <translation>Für welchen Teil des Systems ist niemand in diesem Raum verantwortlich?</translation>
    </message>
    <message>
        <source>What do operations people do by hand that nobody wrote down?</source>
        <translation>Was erledigt der Betrieb von Hand, ohne dass es jemand aufgeschrieben hat?</translation>
    </message>
    <message>
        <source>Which shortcut taken for the deadline will bite first?</source>
        <translation>Welche Abkürzung für die Deadline rächt sich zuerst?</translation>
    </message>
    <message>
        <source>Which old part are we afraid to touch, and must touch now?</source>
        <translation>Welchen alten Teil fassen wir ungern an und müssen es jetzt doch?</translation>
    </message>
</context>
<context>
    <name>pm::Ranking</name>
    <message>
        <source>%1 %2 · %3: %4</source>
        <translation>%1 %2 · %3: %4</translation>
    </message>
</context>
<context>
    <name>pm::Reach</name>
    <message numerus="yes">
        <source>%1 of %n component(s)</source>
        <translation>
            <numerusform>%1 von %n Komponente</numerusform>
            <numerusform>%1 von %n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reaches %1</source>
        <translation>erreicht %1</translation>
    </message>
</context>
<context>
    <name>pm::Reader</name>
    <message>
        <source>The draw.io file declares a DTD or entities (a way to make a small file expand enormously); Premortem does not read such files. Nothing was imported.</source>
        <translation>Die draw.io-Datei deklariert eine DTD oder Entitäten (ein Weg, eine kleine Datei enorm anwachsen zu lassen); Premortem liest solche Dateien nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>it refers to an undeclared entity</source>
        <translation>sie verweist auf eine nicht deklarierte Entität</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1 in Zeile %2</translation>
    </message>
    <message>
        <source>it holds no shapes</source>
        <translation>sie enthält keine Formen</translation>
    </message>
    <message>
        <source>a page is neither XML nor compressed</source>
        <translation>eine Seite ist weder XML noch komprimiert</translation>
    </message>
    <message>
        <source>The Structurizr workspace has no containers or software systems. Nothing was imported.</source>
        <translation>Der Structurizr-Workspace hat keine Container oder Softwaresysteme. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>pm::Report</name>
    <message>
        <source>%1 counts once: only the later of two votes is kept.</source>
        <translation>%1 zählt einmal: Nur die spätere von zwei Stimmen bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 %2 deleted in %3.</source>
        <translation>%1 %2 wurde in %3 gelöscht.</translation>
    </message>
    <message>
        <source>%1 %2 restored from %3.</source>
        <translation>%1 %2 wurde aus %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is inside %2 again: they no longer nest in each other.</source>
        <translation>%1 liegt wieder innerhalb von %2: Die beiden sind nicht mehr ineinander verschachtelt.</translation>
    </message>
    <message>
        <source>%1 is no longer inside %2: the merged files would nest it inside itself, so the older placement gives way.</source>
        <translation>%1 liegt nicht mehr innerhalb von %2: Die zusammengeführten Dateien würden %1 in sich selbst verschachteln, daher weicht die ältere Platzierung.</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4.</source>
        <translation>%1 von %2: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4 (newer, from %5).</source>
        <translation>%1 von %2: %3 → %4 (neuer, aus %5).</translation>
    </message>
    <message>
        <source>%1 of %2: kept %3 (newer) over %4 from %5.</source>
        <translation>%1 von %2: %3 (neuer) statt %4 aus %5 beibehalten.</translation>
    </message>
    <message>
        <source>%1 of %2: kept %3 over %4 from %5 (written at the same time; the same value wins everywhere).</source>
        <translation>%1 von %2: %3 statt %4 aus %5 beibehalten (zur selben Zeit geschrieben; überall gewinnt derselbe Wert).</translation>
    </message>
    <message>
        <source>Took %n changed estimate(s) from %1</source>
        <translation>%n geänderte Schätzung(en) aus %1 übernommen</translation>
    </message>
</context>
<context>
    <name>pm::Risk</name>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>One user / one request</source>
        <translation>Ein Benutzer / eine Anfrage</translation>
    </message>
    <message>
        <source>Some users / one feature</source>
        <translation>Einige Benutzer / eine Funktion</translation>
    </message>
    <message>
        <source>One region or customer segment</source>
        <translation>Eine Region oder ein Kundensegment</translation>
    </message>
    <message>
        <source>Most customers / a core journey</source>
        <translation>Die meisten Kunden / eine zentrale User Journey</translation>
    </message>
    <message>
        <source>All customers / data loss / multi-region</source>
        <translation>Alle Kunden / Datenverlust / mehrere Regionen</translation>
    </message>
</context>
<context>
    <name>pm::RiskBand</name>
    <message>
        <source>Unscored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>NIEDRIG</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>MED</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>HOCH</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation>KRIT</translation>
    </message>
</context>
<context>
    <name>pm::Role</name>
    <message>
        <source>Architect</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Senior engineer</source>
        <translation>Senior-Entwicklung</translation>
    </message>
    <message>
        <source>ENG</source>
        <translation>ENTW</translation>
    </message>
    <message>
        <source>SRE / operations</source>
        <translation>SRE / Betrieb</translation>
    </message>
    <message>
        <source>SRE</source>
        <translation>SRE</translation>
    </message>
    <message>
        <source>Product lead</source>
        <translation>Produktleitung</translation>
    </message>
    <message>
        <source>PRD</source>
        <translation>PRD</translation>
    </message>
    <message>
        <source>Programme lead</source>
        <translation>Programmleitung</translation>
    </message>
    <message>
        <source>PGM</source>
        <translation>PGM</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>SEC</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>OTH</source>
        <translation>SONST</translation>
    </message>
</context>
<context>
    <name>pm::RowCodec</name>
    <message>
        <source>A %1 with an empty name has an invalid “%2”: it %3.</source>
        <translation>%1 ohne Namen: Das Feld „%2“ ist ungültig, es %3.</translation>
    </message>
    <message>
        <source>A %1 with an empty title has an invalid “%2”: it %3.</source>
        <translation>%1 ohne Titel: Das Feld „%2“ ist ungültig, es %3.</translation>
    </message>
    <message>
        <source>A %1 without text has an invalid “%2”: it %3.</source>
        <translation>%1 ohne Text: Das Feld „%2“ ist ungültig, es %3.</translation>
    </message>
    <message>
        <source>A %1 without a description has an invalid “%2”: it %3.</source>
        <translation>%1 ohne Beschreibung: Das Feld „%2“ ist ungültig, es %3.</translation>
    </message>
</context>
<context>
    <name>pm::SchemaCheck</name>
    <message>
        <source>a trigger (“%1”)</source>
        <translation>einen Trigger (“%1”)</translation>
    </message>
    <message>
        <source>a view (“%1”)</source>
        <translation>eine View (“%1”)</translation>
    </message>
    <message>
        <source>a virtual table (“%1”)</source>
        <translation>eine virtuelle Tabelle (“%1”)</translation>
    </message>
    <message>
        <source>a generated column (“%1”)</source>
        <translation>eine generierte Spalte (“%1”)</translation>
    </message>
    <message>
        <source>an index on an expression (“%1”)</source>
        <translation>einen Index auf einen Ausdruck (“%1”)</translation>
    </message>
</context>
<context>
    <name>pm::Side</name>
    <message>
        <source>Build-time</source>
        <translation>Build-Zeit</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Run-time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>R</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Build- and run-time</source>
        <translation>Build- und Laufzeit</translation>
    </message>
    <message>
        <source>B+R</source>
        <translation>B+L</translation>
    </message>
</context>
<context>
    <name>pm::SourceFile</name>
    <message>
        <source>Cannot read “%1”: it was written by an older Premortem, and no temporary copy could be made to upgrade. Check the free disk space.</source>
        <translation>“%1” kann nicht gelesen werden: Die Datei wurde mit einer älteren Version von Premortem geschrieben, und für das Upgrade konnte keine temporäre Kopie erstellt werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Premortem (file format %2; this version reads up to %3). Update Premortem to merge or compare it.</source>
        <translation>“%1” wurde mit einer neueren Version von Premortem geschrieben (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie Premortem, um die Datei zusammenzuführen oder zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>pm::Store</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Premortem workshop.</source>
        <translation>„%1“ ist ein Ordner, kein Premortem-Workshop.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>Sie haben keine Berechtigung, „%1“ zu lesen.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Premortem workshop.</source>
        <translation>„%1“ ist leer und damit kein Premortem-Workshop.</translation>
    </message>
    <message>
        <source>it is cut short: only %1 bytes are there</source>
        <translation>sie ist unvollständig: nur %1 Bytes sind vorhanden</translation>
    </message>
    <message>
        <source>“%1” is not a Premortem workshop (it is not a database file).</source>
        <translation>„%1“ ist kein Premortem-Workshop (es ist keine Datenbankdatei).</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Premortem workshop.</source>
        <translation>„%1“ ist die Datenbank einer anderen Anwendung, kein Premortem-Workshop.</translation>
    </message>
    <message>
        <source>it is cut short: %1 of %2 bytes are there</source>
        <translation>sie ist unvollständig: %1 von %2 Bytes sind vorhanden</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>sie hat keine Schemaversion</translation>
    </message>
    <message>
        <source>The file was opened for viewing only.</source>
        <translation>Die Datei wurde nur zum Ansehen geöffnet.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Premortem (file format %1; this version writes %2). It opens read-only. Update Premortem to edit it.</source>
        <translation>Diese Datei wurde von einer neueren Premortem-Version geschrieben (Dateiformat %1; diese Version schreibt %2). Sie wird schreibgeschützt geöffnet. Aktualisieren Sie Premortem, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The file is read-only on disk; it opens for viewing only. Use Save As to edit a copy.</source>
        <translation>Die Datei ist auf dem Datenträger schreibgeschützt und wird nur zum Ansehen geöffnet. Mit „Kopie speichern unter“ können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only; it opens for viewing only. Use Save As to edit a copy.</source>
        <translation>Der Ordner der Datei ist schreibgeschützt; sie wird nur zum Ansehen geöffnet. Mit „Kopie speichern unter“ können Sie eine Kopie bearbeiten.</translation>
    </message>
    <message>
        <source>The file is already open for editing in another Premortem window (process %1 on %2). It opens read-only here.</source>
        <translation>Die Datei ist bereits in einem anderen Premortem-Fenster zum Bearbeiten geöffnet (Prozess %1 auf %2). Hier wird sie schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>“%1” was cut off in the middle of an edit. Recovering the last saved state needs write access to the file and its folder; copy both the file and “%2” somewhere writable.</source>
        <translation>„%1“ wurde mitten in einer Änderung unterbrochen. Um den zuletzt gespeicherten Stand wiederherzustellen, sind Schreibrechte auf die Datei und ihren Ordner nötig; kopieren Sie die Datei und „%2“ an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Premortem and must be upgraded, but it cannot be changed here (%2)</source>
        <translation>„%1“ wurde von einer älteren Premortem-Version geschrieben und muss aktualisiert werden, kann hier aber nicht verändert werden (%2)</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot create “%1”</source>
        <translation>„%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder is not writable.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>the table “%1” is missing</source>
        <translation>die Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <source>the table “%1” has no column “%2”</source>
        <translation>die Tabelle „%1“ hat keine Spalte „%2“</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”: a backup copy could not be written next to it. The file was not changed.</source>
        <translation>„%1“ kann nicht aktualisiert werden: Daneben konnte keine Sicherungskopie geschrieben werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot upgrade “%1”</source>
        <translation>„%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot prepare “%1” for editing</source>
        <translation>„%1“ kann nicht zum Bearbeiten vorbereitet werden</translation>
    </message>
    <message>
        <source>it has no writer id</source>
        <translation>sie hat keine Schreiber-Kennung</translation>
    </message>
    <message>
        <source>Cannot save the change</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a %1 has a broken identity or timestamp</source>
        <translation>ein Eintrag (%1) hat eine beschädigte Kennung oder Zeitangabe</translation>
    </message>
    <message>
        <source>Choose a different file to save a copy to.</source>
        <translation>Wählen Sie eine andere Datei für die Kopie.</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another Premortem window; close it there first or choose another name.</source>
        <translation>„%1“ ist in einem anderen Premortem-Fenster zum Bearbeiten geöffnet; schließen Sie die Datei dort zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”</source>
        <translation>Die Kopie kann nicht als „%1“ gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: the file could not be replaced.</source>
        <translation>Die Kopie kann nicht als „%1“ gespeichert werden: Die Datei ließ sich nicht ersetzen.</translation>
    </message>
    <message>
        <source>a row of “%1” refers to a missing row of “%2”</source>
        <translation>eine Zeile von „%1“ verweist auf eine fehlende Zeile von „%2“</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist (or the links form a loop).</source>
        <translation>“%1” ist ein Link auf “%2”; dieses Ziel existiert nicht (oder die Links bilden eine Schleife).</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, pipe or socket), so it is not a Premortem workshop.</source>
        <translation>“%1” ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und daher kein Premortem-Workshop.</translation>
    </message>
    <message>
        <source>“%1” was switched to write-ahead logging by another program (such as sqlite3); Premortem files never use it. It was not opened and not changed. Switch it back with: sqlite3 &quot;%1&quot; &quot;PRAGMA journal_mode=DELETE&quot;</source>
        <translation>“%1” wurde von einem anderen Programm (etwa sqlite3) auf Write-Ahead-Logging umgestellt; Premortem-Dateien verwenden dies nie. Die Datei wurde nicht geöffnet und nicht geändert. So stellen Sie sie zurück: sqlite3 &quot;%1&quot; &quot;PRAGMA journal_mode=DELETE&quot;</translation>
    </message>
    <message>
        <source>Premortem could not create its lock file “%1” next to the file (the disk may be full), so it opens read-only. Free some space and open it again to edit.</source>
        <translation>Premortem konnte seine Sperrdatei “%1” neben der Datei nicht anlegen (möglicherweise ist der Datenträger voll), daher wird die Datei schreibgeschützt geöffnet. Geben Sie Speicherplatz frei und öffnen Sie die Datei erneut, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” contains %2, which Premortem files never have; it may have been made to run code when opened. It was not opened and not changed.</source>
        <translation>“%1” enthält %2, was in Premortem-Dateien nie vorkommt; die Datei wurde möglicherweise so präpariert, dass beim Öffnen Code ausgeführt wird. Sie wurde nicht geöffnet und nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Premortem (file format %2) that changed the format beyond what this version can read (%3). Update Premortem to open it.</source>
        <translation>“%1” wurde mit einer neueren Version von Premortem (Dateiformat %2) geschrieben, die das Format über das hinaus geändert hat, was diese Version lesen kann (%3). Aktualisieren Sie Premortem, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” holds %L2 rows; Premortem opens workshops of up to %L3 rows (notes, votes and everything else together). It was not opened and not changed.</source>
        <translation>“%1” enthält %L2 Zeilen; Premortem öffnet Workshops mit bis zu %L3 Zeilen (Notizen, Stimmen und alles andere zusammen). Die Datei wurde nicht geöffnet und nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” was changed by another program (%2), so edits could fail or be stored wrongly. It opens read-only. To edit it, export it as JSON and import that into a new workshop.</source>
        <translation>“%1” wurde von einem anderen Programm (%2) geändert, sodass Bearbeitungen fehlschlagen oder falsch gespeichert werden könnten. Die Datei wird schreibgeschützt geöffnet. Um sie zu bearbeiten, exportieren Sie sie als JSON und importieren Sie das Ergebnis in einen neuen Workshop.</translation>
    </message>
    <message>
        <source>“%1” was cut off in the middle of an edit, and there is no room to check the leftover “%2” before recovering from it. Free some space and open it again.</source>
        <translation>“%1” wurde mitten in einer Bearbeitung unterbrochen, und es ist nicht genug Platz vorhanden, um die übrig gebliebene Datei “%2” vor der Wiederherstellung zu prüfen. Geben Sie Speicherplatz frei und öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“%1” was cut off in the middle of an edit, but the leftover “%2” next to it does not restore a valid workshop; it may belong to another file. Neither was changed. Move “%2” away to open the file as it is, or open a backup. (%3)</source>
        <translation>“%1” wurde mitten in einer Bearbeitung unterbrochen, aber die daneben liegende Restdatei “%2” stellt keinen gültigen Workshop wieder her; sie gehört möglicherweise zu einer anderen Datei. Keine der beiden wurde geändert. Verschieben Sie “%2” an einen anderen Ort, um die Datei im jetzigen Zustand zu öffnen, oder öffnen Sie eine Sicherung. (%3)</translation>
    </message>
    <message>
        <source>it cannot be upgraded from file format %1: %2</source>
        <translation>sie kann nicht von Dateiformat %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Premortem and then changed by another program (%2), so it cannot be upgraded safely. It was not changed.</source>
        <translation>“%1” wurde mit einer älteren Version von Premortem geschrieben und danach von einem anderen Programm (%2) geändert, daher kann die Datei nicht sicher aktualisiert werden. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file was changed by another program: %1.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert: %1.</translation>
    </message>
    <message>
        <source>Premortem was not closed properly last time (process %1 ended without releasing the file). Its lock was taken over; every completed edit is in the file.</source>
        <translation>Premortem wurde beim letzten Mal nicht ordnungsgemäß beendet (Prozess %1 endete, ohne die Datei freizugeben). Die Sperre wurde übernommen; jede abgeschlossene Änderung ist in der Datei.</translation>
    </message>
    <message>
        <source>The last edit was cut off (the computer or Premortem stopped mid-write); it was rolled back, and every edit completed before it is in the file.</source>
        <translation>Die letzte Änderung wurde unterbrochen (der Computer oder Premortem hielt mitten im Schreiben an); sie wurde zurückgerollt, und jede zuvor abgeschlossene Änderung ist in der Datei.</translation>
    </message>
    <message>
        <source>Cannot save the timer: %1</source>
        <translation>Der Timer kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep the room&apos;s address: %1</source>
        <translation>Die Adresse des Raums kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot create “%1”: a file cannot be written in the folder “%2”.</source>
        <translation>„%1“ kann nicht angelegt werden: Im Ordner „%2“ lässt sich keine Datei schreiben.</translation>
    </message>
</context>
<context>
    <name>pm::TeamCoverage</name>
    <message>
        <source>Nobody on the run-time side: invite someone who operates the system in production.</source>
        <translation>Niemand von der Betriebsseite: Laden Sie jemanden ein, der das System in Produktion betreibt.</translation>
    </message>
    <message>
        <source>Nobody on the build-time side: invite someone who builds or changes the system.</source>
        <translation>Niemand von der Entwicklungsseite: Laden Sie jemanden ein, der das System entwickelt oder ändert.</translation>
    </message>
    <message>
        <source>No SRE or operations role: outages, paging and rollbacks may go unmentioned.</source>
        <translation>Keine SRE- oder Betriebsrolle: Ausfälle, Rufbereitschaft und Rollbacks bleiben womöglich unerwähnt.</translation>
    </message>
</context>
<context>
    <name>pm::Workshop</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <source>A workshop needs exactly one workshop record; this one has %1.</source>
        <translation>Ein Workshop braucht genau einen Workshop-Datensatz; dieser hat %1.</translation>
    </message>
    <message>
        <source>The file has no workshop record; it is damaged. It was not changed.</source>
        <translation>Die Datei hat keinen Workshop-Datensatz; sie ist beschädigt. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The identifier %1 is used twice.</source>
        <translation>Die Kennung %1 wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>A file holds exactly one workshop.</source>
        <translation>Eine Datei enthält genau einen Workshop.</translation>
    </message>
    <message>
        <source>refers to a %1 that does not exist</source>
        <translation>verweist auf einen nicht vorhandenen Eintrag (%1)</translation>
    </message>
    <message>
        <source>That item exists already.</source>
        <translation>Dieses Element gibt es bereits.</translation>
    </message>
    <message>
        <source>The %1 no longer exists; it may have been deleted.</source>
        <translation>Der Eintrag (%1) existiert nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The workshop record cannot be deleted.</source>
        <translation>Der Workshop-Datensatz kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A note being moved no longer exists.</source>
        <translation>Eine Notiz, die verschoben wird, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Select the notes to stack first.</source>
        <translation>Wählen Sie zuerst die Notizen aus, die gestapelt werden sollen.</translation>
    </message>
    <message>
        <source>A note being stacked no longer exists.</source>
        <translation>Eine Notiz, die gestapelt wird, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Two rows of the file have the identifier %1; it is damaged. It was not changed.</source>
        <translation>Zwei Zeilen der Datei haben die Kennung %1; die Datei ist beschädigt. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The file holds %1 workshop records where there must be one; it is damaged. It was not changed.</source>
        <translation>Die Datei enthält %1 Workshop-Datensätze, es muss aber genau einer sein; die Datei ist beschädigt. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The %1 to take out is no longer there.</source>
        <translation>Das zu entfernende Element vom Typ %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>refers to a %1 that is being taken out</source>
        <translation>verweist auf ein Element vom Typ %1, das gerade entfernt wird</translation>
    </message>
    <message>
        <source>The component “%1” would be nested inside itself.</source>
        <translation>Die Komponente „%1“ wäre in sich selbst verschachtelt.</translation>
    </message>
    <message>
        <source>The component “%1” is nested inside itself.</source>
        <translation>Die Komponente „%1“ ist in sich selbst verschachtelt.</translation>
    </message>
    <message>
        <source>is the depending component itself</source>
        <translation>ist die abhängige Komponente selbst</translation>
    </message>
    <message>
        <source>does not belong to its participant and failure mode</source>
        <translation>gehört nicht zu ihrer Person und ihrem Fehlermodus</translation>
    </message>
</context>
<context>
    <name>pm::WorkshopSummary</name>
    <message>
        <source>The file is missing: it was moved, renamed or deleted.</source>
        <translation>Die Datei fehlt: Sie wurde verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Written by an older version of Premortem: it is upgraded (after a backup copy) when you open it.</source>
        <translation>Von einer älteren Premortem-Version geschrieben: Sie wird beim Öffnen aktualisiert (nach einer Sicherungskopie).</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Architecture heat map</source>
        <translation>Architektur-Heatmap</translation>
    </message>
</context>
<context>
    <name>render::ExportDialog</name>
    <message>
        <source>Markdown report</source>
        <translation>Markdown-Bericht</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Jira issues (CSV import)</source>
        <translation>Jira-Issues (CSV-Import)</translation>
    </message>
    <message>
        <source>GitHub issues (CSV)</source>
        <translation>GitHub-Issues (CSV)</translation>
    </message>
    <message>
        <source>Launch checklist (Markdown)</source>
        <translation>Launch-Checkliste (Markdown)</translation>
    </message>
    <message>
        <source>Architecture decision record (Markdown)</source>
        <translation>Architecture Decision Record (Markdown)</translation>
    </message>
    <message>
        <source>JSON (the whole workshop)</source>
        <translation>JSON (der gesamte Workshop)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG picture</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source> px wide</source>
        <translation> px breit</translation>
    </message>
    <message>
        <source>height to fit</source>
        <translation>Höhe automatisch</translation>
    </message>
    <message>
        <source> px high</source>
        <translation> px hoch</translation>
    </message>
    <message>
        <source> dpi (96 = 100% zoom)</source>
        <translation> dpi (96 = 100 % Zoom)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>S&amp;eitengröße:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <source>The preview shows the first %1 KB of %2 KB.</source>
        <translation>Die Vorschau zeigt die ersten %1 KB von %2 KB.</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose another folder or free some space, then save again.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>render::ImageSize</name>
    <message>
        <source>Give either a width and/or height in pixels, or a resolution in dpi, not both.</source>
        <translation>Geben Sie entweder eine Breite und/oder Höhe in Pixeln oder eine Auflösung in dpi an, nicht beides.</translation>
    </message>
    <message>
        <source>The resolution must be between %1 and %2 dpi.</source>
        <translation>Die Auflösung muss zwischen %1 und %2 dpi liegen.</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels, more than this export allows (%3 pixels a side, %4 million in all). Choose a smaller size or resolution.</source>
        <translation>Das Bild wäre %1 × %2 Pixel groß, mehr als dieser Export erlaubt (%3 Pixel je Kante, insgesamt %4 Millionen). Wählen Sie eine kleinere Größe oder Auflösung.</translation>
    </message>
</context>
<context>
    <name>render::PdfReport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>render::ViewRenderer</name>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>The PNG image could not be written.</source>
        <translation>Das PNG-Bild konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The SVG image could not be written.</source>
        <translation>Das SVG-Bild konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>room::RoomServer</name>
    <message>
        <source>The workshop is open read-only (%1), so the room cannot write to it.</source>
        <translation>Der Workshop ist schreibgeschützt geöffnet (%1), daher kann der Raum nicht in ihn schreiben.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and its private key.</source>
        <translation>HTTPS braucht ein Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate.</source>
        <translation>„%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the key “%1”: %2.</source>
        <translation>Der Schlüssel „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>„%1“ enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Auf %1 Port %2 kann nicht gelauscht werden: %3.</translation>
    </message>
    <message>
        <source>The facilitator closed the room.</source>
        <translation>Die Moderation hat den Raum geschlossen.</translation>
    </message>
    <message>
        <source>Anonymous %1</source>
        <translation>Anonym %1</translation>
    </message>
    <message>
        <source>Participant %1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <source>Edit note from %1</source>
        <translation>Notiz von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Note from %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Delete note from %1</source>
        <translation>Notiz von %1 löschen</translation>
    </message>
    <message>
        <source>%1 joined the vote</source>
        <translation>%1 stimmt mit ab</translation>
    </message>
    <message>
        <source>Vote from %1</source>
        <translation>Stimme von %1</translation>
    </message>
    <message>
        <source>Estimate taken back by %1</source>
        <translation>Schätzung zurückgenommen von %1</translation>
    </message>
    <message>
        <source>Estimate from %1</source>
        <translation>Schätzung von %1</translation>
    </message>
</context>
<context>
    <name>room::RoomView</name>
    <message>
        <source>Give your dots to the failure modes you think matter most. The totals show once the facilitator closes the vote.</source>
        <translation>Vergeben Sie Ihre Punkte an die Fehlerbilder, die Ihnen am wichtigsten erscheinen. Die Summen erscheinen, sobald die Moderation die Abstimmung schließt.</translation>
    </message>
    <message>
        <source>The vote is closed: the failure modes with the most dots come first.</source>
        <translation>Die Abstimmung ist geschlossen: Die Fehlerbilder mit den meisten Punkten stehen oben.</translation>
    </message>
    <message>
        <source>Score each risk on your own: how likely it is and how far it would reach. Nobody sees your scores until the facilitator reveals them.</source>
        <translation>Bewerten Sie jedes Risiko für sich: wie wahrscheinlich es ist und wie weit es reichen würde. Niemand sieht Ihre Bewertungen, bis die Moderation sie aufdeckt.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>New Note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Edit Note or Rename Component</source>
        <translation>Notiz bearbeiten oder Komponente umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Stack into One Failure Mode</source>
        <translation>Zu einem Fehlermodus stapeln</translation>
    </message>
    <message>
        <source>Take out of Stack</source>
        <translation>Aus dem Stapel nehmen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Colour Notes by Author</source>
        <translation>Notizen nach Autor einfärben</translation>
    </message>
    <message>
        <source>Finish editing (Enter for a name)</source>
        <translation>Bearbeitung abschließen (bei Namen: Eingabe)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Move focus between notes and components</source>
        <translation>Fokus zwischen Notizen und Komponenten bewegen</translation>
    </message>
    <message>
        <source>Hold and drag to pan (or drag with the middle button)</source>
        <translation>Halten und ziehen, um die Ansicht zu verschieben (oder mit der mittleren Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Workshop Guide</source>
        <translation>Workshop-Leitfaden</translation>
    </message>
    <message>
        <source>Likelihood of the selected failure mode (1 rare … 5 almost certain)</source>
        <translation>Wahrscheinlichkeit des ausgewählten Fehlermodus (1 selten … 5 fast sicher)</translation>
    </message>
    <message>
        <source>Blast radius of the selected failure mode (1 one user … 5 all customers)</source>
        <translation>Auswirkungsradius des ausgewählten Fehlermodus (1 ein Benutzer … 5 alle Kunden)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Risk Matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Residual Risk after Mitigations</source>
        <translation>Restrisiko nach Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Heat Map on the Canvas</source>
        <translation>Heatmap auf der Arbeitsfläche</translation>
    </message>
    <message>
        <source>Heat Map Adds Risks Up (instead of the Highest)</source>
        <translation>Heatmap summiert Risiken (statt nur das höchste zu zeigen)</translation>
    </message>
    <message>
        <source>Risk matrix: move the selected card one cell (up: likelier, right: wider blast radius)</source>
        <translation>Risikomatrix: ausgewählte Karte um eine Zelle verschieben (nach oben: wahrscheinlicher, nach rechts: größerer Auswirkungsradius)</translation>
    </message>
    <message>
        <source>Next Phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Previous Phase</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <source>Start or Pause the Timer</source>
        <translation>Timer starten oder pausieren</translation>
    </message>
    <message>
        <source>Add a Minute to the Timer</source>
        <translation>Eine Minute zum Timer hinzufügen</translation>
    </message>
    <message>
        <source>Reveal Hidden Notes</source>
        <translation>Verborgene Notizen aufdecken</translation>
    </message>
    <message>
        <source>Give a Vote Dot to the Selected Failure Mode</source>
        <translation>Dem ausgewählten Fehlermodus einen Abstimmungspunkt geben</translation>
    </message>
    <message>
        <source>Take a Vote Dot Back</source>
        <translation>Einen Abstimmungspunkt zurücknehmen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Edit Title and Scenario</source>
        <translation>Titel und Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Choose several items: Ctrl+Tab moves the focus without selecting, Ctrl+Space adds or removes the focused item, Shift+arrows add the next item</source>
        <translation>Mehrere Elemente wählen: Strg+Tab bewegt den Fokus, ohne auszuwählen, Strg+Leertaste nimmt das fokussierte Element hinzu oder heraus, Umschalt+Pfeiltasten nehmen das nächste hinzu</translation>
    </message>
    <message>
        <source>Menu for the focused item</source>
        <translation>Menü für das fokussierte Element</translation>
    </message>
    <message>
        <source>Move the selection (Alt+arrows; Ctrl+Shift+arrows, further)</source>
        <translation>Auswahl verschieben (Alt+Pfeiltasten; Strg+Umschalt+Pfeiltasten: weiter)</translation>
    </message>
    <message>
        <source>Look back: Add a Surprise Nobody Predicted…</source>
        <translation>Rückblick: Überraschung hinzufügen, die niemand vorhergesagt hat…</translation>
    </message>
    <message>
        <source>Participants: remove the selected person (undoable)</source>
        <translation>Teilnehmende: ausgewählte Person entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Go to the Board or Matrix</source>
        <translation>Zur Pinnwand oder Matrix</translation>
    </message>
    <message>
        <source>Go to the Phase Bar (Writing as, Reveal)</source>
        <translation>Zur Phasenleiste (Schreiben als, Aufdecken)</translation>
    </message>
    <message>
        <source>Go to the Component Palette</source>
        <translation>Zur Komponentenpalette</translation>
    </message>
    <message>
        <source>Go to the Prompt Cards</source>
        <translation>Zu den Impulskarten</translation>
    </message>
    <message>
        <source>Go to the Participants</source>
        <translation>Zu den Teilnehmenden</translation>
    </message>
    <message>
        <source>Go to the Dot Vote</source>
        <translation>Zur Punktabstimmung</translation>
    </message>
    <message>
        <source>Go to the Notes</source>
        <translation>Zu den Notizen</translation>
    </message>
    <message>
        <source>Go to the Mitigations</source>
        <translation>Zu den Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Go to the Ranked Risks</source>
        <translation>Zu den Risiken nach Rang</translation>
    </message>
    <message>
        <source>Go to the Warnings</source>
        <translation>Zu den Warnungen</translation>
    </message>
    <message>
        <source>Go to the Look Back</source>
        <translation>Zum Rückblick</translation>
    </message>
    <message>
        <source>Invite the Room…</source>
        <translation>Den Raum einladen …</translation>
    </message>
    <message>
        <source>Send to Component or Stack…</source>
        <translation>An Komponente oder Stapel senden…</translation>
    </message>
    <message>
        <source>Add Dependency (Link) from the Focused Component…</source>
        <translation>Abhängigkeit (Verbindung) von der fokussierten Komponente hinzufügen…</translation>
    </message>
    <message>
        <source>Score the Selected Failure Mode at the Estimates&apos; Median</source>
        <translation>Gewählten Fehlermodus mit dem Median der Schätzungen bewerten</translation>
    </message>
    <message>
        <source>Reveal the Estimates (again: hide them)</source>
        <translation>Schätzungen aufdecken (noch einmal: verdecken)</translation>
    </message>
    <message>
        <source>Enter Estimates for Someone without a Device…</source>
        <translation>Schätzungen für jemanden ohne Gerät eingeben…</translation>
    </message>
</context>
</TS>
