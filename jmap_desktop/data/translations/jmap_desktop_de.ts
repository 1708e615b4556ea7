<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Journey analysis</source>
        <translation>Journey-Analyse</translation>
    </message>
    <message>
        <source>Validated share of cards</source>
        <translation>Anteil validierter Karten</translation>
    </message>
    <message>
        <source>%p% validated</source>
        <translation>%p% validiert</translation>
    </message>
    <message>
        <source>Show hotspots on the map</source>
        <translation>Brennpunkte auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show hotspots</source>
        <translation>Brennpunkte zeigen</translation>
    </message>
    <message>
        <source>Hotspot legend</source>
        <translation>Legende der Brennpunkte</translation>
    </message>
    <message>
        <source>Scenarios, worst first</source>
        <translation>Szenarien, schlechteste zuerst</translation>
    </message>
    <message>
        <source>Emotion curve per stage</source>
        <translation>Emotionskurve je Phase</translation>
    </message>
    <message>
        <source>Structure checks</source>
        <translation>Strukturprüfungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Cards ranked by votes</source>
        <translation>Karten nach Stimmen geordnet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>{validated} validated · {hypothesis} hypothesis · {invalidated} invalidated ({count} cards)</source>
        <translation>{validated} validiert · {hypothesis} Hypothese · {invalidated} widerlegt ({count} Karten)</translation>
    </message>
    <message>
        <source>{count} path(s) through the flow arrows, worst first</source>
        <translation>{count} Pfad(e) entlang der Flusspfeile, schlechteste zuerst</translation>
    </message>
    <message>
        <source>at least {count} path(s) through the flow arrows, worst first</source>
        <translation>mindestens {count} Pfad(e) entlang der Flusspfeile, schlechteste zuerst</translation>
    </message>
    <message>
        <source> (first {shown} shown)</source>
        <translation> (die ersten {shown} gezeigt)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Nothing to point out.</source>
        <translation>Nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>{count} Punkte</translation>
    </message>
    <message>
        <source>No dot votes yet: Workshop › Dot Voting… collects them.</source>
        <translation>Noch keine Punktabstimmung: Workshop › Punktabstimmung… sammelt sie.</translation>
    </message>
    <message>
        <source>No hotspots: no pain points or negative scores yet.</source>
        <translation>Keine Brennpunkte: noch keine Schmerzpunkte oder negativen Werte.</translation>
    </message>
    <message>
        <source>Hottest: {stage} · {lane} ({pains} pain point(s), {negative} negative). The legend is on the map.</source>
        <translation>Am heißesten: {stage} · {lane} ({pains} Schmerzpunkt(e), {negative} negativ). Die Legende steht auf der Karte.</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>ohne Bewertung</translation>
    </message>
    <message>
        <source>mood {score}</source>
        <translation>Stimmung {score}</translation>
    </message>
    <message>
        <source>{rank}. {mood} · {pains} pain point(s) · {steps} steps</source>
        <translation>{rank}. {mood} · {pains} Schmerzpunkt(e) · {steps} Schritte</translation>
    </message>
</context>
<context>
    <name>BeforeSection</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>was sich geändert hat</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Vorher: {0}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Move stage “{name}”</source>
        <translation>Phase „{name}“ verschieben</translation>
    </message>
    <message>
        <source>Move lane “{name}”</source>
        <translation>Zeile „{name}“ verschieben</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>Emotionswert setzen</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <source>Resize stage “{name}”</source>
        <translation>Breite der Phase „{name}“ ändern</translation>
    </message>
    <message>
        <source>A card holds at most {count} photos; remove one first.</source>
        <translation>Eine Karte trägt höchstens {count} Fotos; entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Photo not added: {exc}</source>
        <translation>Foto nicht hinzugefügt: {exc}</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Stage details…</source>
        <translation>Details der Phase…</translation>
    </message>
    <message>
        <source>Insert stage before</source>
        <translation>Phase davor einfügen</translation>
    </message>
    <message>
        <source>Insert stage after</source>
        <translation>Phase danach einfügen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Zeile umbenennen</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Art der Zeile</translation>
    </message>
    <message>
        <source>Expand lane</source>
        <translation>Zeile aufklappen</translation>
    </message>
    <message>
        <source>Collapse lane</source>
        <translation>Zeile einklappen</translation>
    </message>
    <message>
        <source>Insert lane above</source>
        <translation>Zeile darüber einfügen</translation>
    </message>
    <message>
        <source>Insert lane below</source>
        <translation>Zeile darunter einfügen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Zeile löschen</translation>
    </message>
    <message>
        <source>New card here</source>
        <translation>Neue Karte hier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Flow arrow (solid)</source>
        <translation>Ablaufpfeil (durchgezogen)</translation>
    </message>
    <message>
        <source>Dependency arrow (dashed)</source>
        <translation>Abhängigkeitspfeil (gestrichelt)</translation>
    </message>
    <message>
        <source>Go to source card</source>
        <translation>Zur Ausgangskarte</translation>
    </message>
    <message>
        <source>Go to target card</source>
        <translation>Zur Zielkarte</translation>
    </message>
    <message>
        <source>Make arrow a dependency</source>
        <translation>Pfeil zur Abhängigkeit machen</translation>
    </message>
    <message>
        <source>Make arrow a flow</source>
        <translation>Pfeil zum Ablauf machen</translation>
    </message>
    <message>
        <source>Open Linked Map</source>
        <translation>Verknüpfte Karte öffnen</translation>
    </message>
    <message>
        <source>Link to Map…</source>
        <translation>Mit Karte verknüpfen…</translation>
    </message>
    <message>
        <source>Change Link…</source>
        <translation>Verknüpfung ändern…</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Remove stage link</source>
        <translation>Verknüpfung der Phase entfernen</translation>
    </message>
</context>
<context>
    <name>CardNotesSection</name>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comments on the card</source>
        <translation>Kommentare zur Karte</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Kommentar schreiben…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fotos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Photos on the card</source>
        <translation>Fotos der Karte</translation>
    </message>
    <message>
        <source>Selected photo</source>
        <translation>Ausgewähltes Foto</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source> You can also drop or paste an image on a card.</source>
        <translation> Sie können ein Bild auch auf eine Karte ziehen oder einfügen.</translation>
    </message>
    <message>
        <source>Photo problem</source>
        <translation>Problem mit dem Foto</translation>
    </message>
    <message>
        <source>Ticked: resolved</source>
        <translation>Abgehakt: erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; ({open_count} open)</source>
        <translation>&lt;b&gt;Kommentare&lt;/b&gt; ({open_count} offen)</translation>
    </message>
    <message>
        <source>Photo {number} of {count}</source>
        <translation>Foto {number} von {count}</translation>
    </message>
    <message>
        <source>Photo not added: {exc}</source>
        <translation>Foto nicht hinzugefügt: {exc}</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <source>Card palette</source>
        <translation>Kartenpalette</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this kind</source>
        <translation>Auf eine Zelle ziehen, um eine Karte dieser Art anzulegen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Drag between stages to add a stage</source>
        <translation>Zwischen Phasen ziehen, um eine Phase einzufügen</translation>
    </message>
    <message>
        <source>{kind} lane</source>
        <translation>Zeile {kind}</translation>
    </message>
    <message>
        <source>Drag between lanes to add a lane</source>
        <translation>Zwischen Zeilen ziehen, um eine Zeile einzufügen</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Removed stage</source>
        <translation>Entfernte Phase</translation>
    </message>
    <message>
        <source>Removed lane</source>
        <translation>Entfernte Zeile</translation>
    </message>
    <message>
        <source>Emotion curve before (dashed)</source>
        <translation>Emotionskurve vorher (gestrichelt)</translation>
    </message>
    <message>
        <source>Moved from {cell}</source>
        <translation>Verschoben aus {cell}</translation>
    </message>
    <message>
        <source>Removed: {text}</source>
        <translation>Entfernt: {text}</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>No comparison. Use File › Compare With…</source>
        <translation>Kein Vergleich. Nutzen Sie Datei › Vergleichen mit…</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>Zuordnung lösen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>meta</source>
        <translation>Kartendaten</translation>
    </message>
    <message>
        <source>emotion scale</source>
        <translation>Emotionsskala</translation>
    </message>
    <message>
        <source>Select a removed and an added card, stage or lane: they are the same</source>
        <translation>Eine entfernte und eine hinzugefügte Karte, Phase oder Zeile auswählen: Es ist dieselbe</translation>
    </message>
    <message>
        <source>Select cards, stages or lanes matched by their text or name: they are different</source>
        <translation>Über Text oder Namen zugeordnete Karten, Phasen oder Zeilen auswählen: Sie sind verschieden</translation>
    </message>
    <message>
        <source>Match These Two</source>
        <translation>Diese beiden zuordnen</translation>
    </message>
    <message>
        <source>End Comparison</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The map with these marks and their legend on one page</source>
        <translation>Die Karte mit diesen Markierungen und ihrer Legende auf einer Seite</translation>
    </message>
    <message>
        <source>Curve before</source>
        <translation>Kurve vorher</translation>
    </message>
    <message>
        <source>The older map&apos;s emotion curve, dashed</source>
        <translation>Die Emotionskurve der älteren Karte, gestrichelt</translation>
    </message>
    <message>
        <source>{title}
No differences.</source>
        <translation>{title}
Keine Unterschiede.</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
    <message>
        <source>{what}: {name} (matched)</source>
        <translation>{what}: {name} (zugeordnet)</translation>
    </message>
    <message>
        <source>Matched by you</source>
        <translation>Von Ihnen zugeordnet</translation>
    </message>
    <message>
        <source>Matched by name (Unmatch if wrong)</source>
        <translation>Nach Namen zugeordnet (Zuordnung lösen, falls falsch)</translation>
    </message>
    <message>
        <source>Matched by stage, lane and text (Unmatch if wrong)</source>
        <translation>Nach Phase, Zeile und Text zugeordnet (Zuordnung lösen, falls falsch)</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect Notes</source>
        <translation>Notizen sammeln</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(unbenannte Zeile)</translation>
    </message>
    <message>
        <source>Stages open for notes</source>
        <translation>Für Notizen geöffnete Phasen</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(unbenannte Phase)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>e.g. What frustrated you at this step?</source>
        <translation>z. B. Was hat Sie bei diesem Schritt gestört?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Phasen:</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation>Zeit&amp;rahmen:</translation>
    </message>
    <message>
        <source>Put notes straight onto the map (skip the inbox)</source>
        <translation>Notizen direkt auf die Karte legen (ohne Eingang)</translation>
    </message>
    <message>
        <source>Put notes straight onto the map</source>
        <translation>Notizen direkt auf die Karte legen</translation>
    </message>
    <message>
        <source>Open for Notes</source>
        <translation>Für Notizen öffnen</translation>
    </message>
    <message>
        <source>all stages</source>
        <translation>alle Phasen</translation>
    </message>
    <message>
        <source>{checked} stages</source>
        <translation>{checked} Phasen</translation>
    </message>
    <message>
        <source>Tick at least one stage.</source>
        <translation>Wählen Sie mindestens eine Phase.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Show resolved comments</source>
        <translation>Erledigte Kommentare zeigen</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Offene Kommentare</translation>
    </message>
    <message>
        <source>(empty card)</source>
        <translation>(leere Karte)</translation>
    </message>
    <message>
        <source>{author} · {when}{resolved}
{text}
— on “{card}” ({stage})</source>
        <translation>{author} · {when}{resolved}
{text}
— zu „{card}“ ({stage})</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · erledigt</translation>
    </message>
    <message>
        <source>1 open comment</source>
        <translation>1 offener Kommentar</translation>
    </message>
    <message>
        <source>{count} open comments</source>
        <translation>{count} offene Kommentare</translation>
    </message>
    <message>
        <source>No open comments. Add one in Properties on a selected card.</source>
        <translation>Keine offenen Kommentare. Fügen Sie in den Eigenschaften einer ausgewählten Karte einen hinzu.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Meins behalten</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Deren behalten</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Konflikte beim Zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} change(s) made differently in both copies.&lt;/b&gt; Choose what the merged map keeps. Mine: {mine} · Theirs: {theirs}</source>
        <translation>&lt;b&gt;{count} Änderung(en) in beiden Kopien unterschiedlich.&lt;/b&gt; Wählen Sie, was die zusammengeführte Karte behält. Meins: {mine} · Deren: {theirs}</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Keep for {0}</source>
        <translation>Behalten für {0}</translation>
    </message>
    <message>
        <source>Value for {0}</source>
        <translation>Wert für {0}</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Keep All Theirs</source>
        <translation>Alle deren behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>{what}: {fields} (edited in one copy, deleted in the other)</source>
        <translation>{what}: {fields} (in einer Kopie bearbeitet, in der anderen gelöscht)</translation>
    </message>
    <message>
        <source>card “{text}”</source>
        <translation>Karte „{text}“</translation>
    </message>
    <message>
        <source>(picture)</source>
        <translation>(Bild)</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Not done: {message}</source>
        <translation>Nicht ausgeführt: {message}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>JMap Desktop hit a problem</source>
        <translation>JMap Desktop ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Unsaved edits in {maps} were kept as a recovery copy.</source>
        <translation>Ungespeicherte Änderungen in {maps} wurden als Wiederherstellungskopie gesichert.</translation>
    </message>
    <message>
        <source>No map had unsaved edits.</source>
        <translation>Keine Karte hatte ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The details are in the log:
{log}</source>
        <translation>Die Einzelheiten stehen im Protokoll:
{log}</translation>
    </message>
    <message>
        <source>The log could not be written; copy the details below instead.</source>
        <translation>Das Protokoll konnte nicht geschrieben werden; kopieren Sie stattdessen die Einzelheiten unten.</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

{saved_text}

{where}

You can go on working (save under a new name to be safe) or quit.</source>
        <translation>Etwas ist schiefgegangen: {summary}

{saved_text}

{where}

Sie können weiterarbeiten (sicherheitshalber unter neuem Namen speichern) oder beenden.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>Prozess {pid} auf {host}</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>ein anderes Fenster</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Notiz</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF poster</source>
        <translation>PDF-Poster</translation>
    </message>
    <message>
        <source>PDF on printer sheets</source>
        <translation>PDF auf Druckbögen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>CSV of all cards</source>
        <translation>CSV aller Karten</translation>
    </message>
    <message>
        <source>Interactive HTML page</source>
        <translation>Interaktive HTML-Seite</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>PowerPoint slides</source>
        <translation>PowerPoint-Folien</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Persona panel</source>
        <translation>Persona-Bereich</translation>
    </message>
    <message>
        <source>Card comments</source>
        <translation>Kartenkommentare</translation>
    </message>
    <message>
        <source>Card photos</source>
        <translation>Kartenfotos</translation>
    </message>
    <message>
        <source>Lanes to print</source>
        <translation>Zu druckende Zeilen</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Bögen</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Auflösung (dpi)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>{page}: {width} × {height} mm, card text {size} pt</source>
        <translation>{page}: {width} × {height} mm, Kartentext {size} pt</translation>
    </message>
    <message>
        <source>; printed on {sheet} sheets</source>
        <translation>; gedruckt auf {sheet}-Bögen</translation>
    </message>
    <message>
        <source>vector drawing of the map</source>
        <translation>Vektorzeichnung der Karte</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Tabellenzeilen</translation>
    </message>
    <message>
        <source>one file that opens in any browser, offline: pan, zoom, filters, search; unticked lanes are left out of it entirely</source>
        <translation>eine Datei, die sich in jedem Browser offline öffnet: verschieben, zoomen, filtern, suchen; nicht angehakte Zeilen fehlen darin ganz</translation>
    </message>
    <message>
        <source>a Map sheet laid out like the map, and Cards, Stages, Lanes, Personas and KPI history sheets</source>
        <translation>ein Kartenblatt im Aufbau der Karte sowie Blätter für Karten, Phasen, Zeilen, Personas und den Kennzahlverlauf</translation>
    </message>
    <message>
        <source>16:9 slides: title, the whole map, emotion curve, a slide per stage with editable cards, top pain points and opportunities</source>
        <translation>16:9-Folien: Titel, die ganze Karte, Emotionskurve, eine Folie je Phase mit bearbeitbaren Karten, wichtigste Schmerzpunkte und Chancen</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>quer</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>1 sheet ({cols} × {rows} {sheet} {orientation}) + assembly page = {pages} pages</source>
        <translation>1 Bogen ({cols} × {rows} {sheet} {orientation}) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>{count} sheets ({cols} × {rows} {sheet} {orientation}) + assembly page = {pages} pages</source>
        <translation>{count} Bögen ({cols} × {rows} {sheet} {orientation}) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>{pages} pages, split by stage</source>
        <translation>{pages} Seiten, nach Phasen geteilt</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>Exported {what} to {target}</source>
        <translation>{what} exportiert nach {target}</translation>
    </message>
    <message>
        <source>Preparing the picture…</source>
        <translation>Das Bild wird vorbereitet…</translation>
    </message>
    <message>
        <source>{target}: cannot be written</source>
        <translation>{target}: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a {width} × {height} px image</source>
        <translation>ein Bild mit {width} × {height} px</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Journey maps (*.jmap);;All files (*)</source>
        <translation>Journey Maps (*.jmap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Karte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Journey Map öffnen</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Journey Map speichern</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>{name} was changed by another program; saving will ask before overwriting it.</source>
        <translation>{name} wurde von einem anderen Programm geändert; beim Speichern wird vor dem Überschreiben nachgefragt.</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>Update KPIs</source>
        <translation>Kennzahlen aktualisieren</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>Keine zuletzt geöffneten Karten</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>
… and {count} more</source>
        <translation>
… und {count} weitere</translation>
    </message>
    <message>
        <source>

The file was not changed.</source>
        <translation>

Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find and filter</source>
        <translation>Suchen und filtern</translation>
    </message>
    <message>
        <source>Find in cards…</source>
        <translation>In Karten suchen…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation>Jeder Beleg</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any persona</source>
        <translation>Jede Persona</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation>{count} Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>HotspotLegend</name>
    <message>
        <source>Hotspot legend</source>
        <translation>Legende der Brennpunkte</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Brennpunkte</translation>
    </message>
    <message>
        <source>more pain points and
negative scores →</source>
        <translation>mehr Schmerzpunkte und
negative Werte →</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: not a PNG or JPEG image</source>
        <translation>{path}: kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>{path}: the image is damaged ({reason})</source>
        <translation>{path}: das Bild ist beschädigt ({reason})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Cards from {source}</source>
        <translation>Karten aus {source} importieren</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Card id</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation>Kennzahl: Wert</translation>
    </message>
    <message>
        <source>Metric unit</source>
        <translation>Kennzahl: Einheit</translation>
    </message>
    <message>
        <source>Metric target</source>
        <translation>Kennzahl: Ziel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>New lanes</source>
        <translation>Neue Zeilen</translation>
    </message>
    <message>
        <source>Rows of the table</source>
        <translation>Zeilen der Tabelle</translation>
    </message>
    <message>
        <source>Preview of the imported cards</source>
        <translation>Vorschau der importierten Karten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview (first {PREVIEW_ROWS} cards)</source>
        <translation>Vorschau (erste {PREVIEW_ROWS} Karten)</translation>
    </message>
    <message>
        <source>Problems (these rows are skipped)</source>
        <translation>Probleme (diese Tabellenzeilen werden übersprungen)</translation>
    </message>
    <message>
        <source>Cannot read the sheet</source>
        <translation>Das Blatt kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>encoding {name}</source>
        <translation>Kodierung {name}</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>bar-separated</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <source>{delimiter}-separated</source>
        <translation>getrennt durch {delimiter}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>{rows} rows, {columns} columns</source>
        <translation>{rows} Tabellenzeilen, {columns} Spalten</translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation>Feld für Spalte {0}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Skip 1 Row and Import</source>
        <translation>1 Tabellenzeile überspringen und importieren</translation>
    </message>
    <message>
        <source>Skip {count} Rows and Import</source>
        <translation>{count} Tabellenzeilen überspringen und importieren</translation>
    </message>
    <message>
        <source>Kind of the new lane {0}</source>
        <translation>Art der neuen Zeile {0}</translation>
    </message>
    <message>
        <source>No cards to import with this mapping.</source>
        <translation>Mit dieser Zuordnung gibt es keine Karten zu importieren.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>{source}: {exc}

Nothing was imported.</source>
        <translation>{source}: {exc}

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported from {source}: {summary}</source>
        <translation>Importiert aus {source}: {summary}</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>Tabellenzeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Tabellenzeile {row}</translation>
    </message>
    <message>
        <source>{exc}

Nothing was imported.</source>
        <translation>{exc}

Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <source>Edit card text</source>
        <translation>Kartentext bearbeiten</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Zeile umbenennen</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Workshop status</source>
        <translation>Workshop-Status</translation>
    </message>
    <message>
        <source>Inbox notes</source>
        <translation>Notizen im Eingang</translation>
    </message>
    <message>
        <source>Stack duplicates</source>
        <translation>Doppelte stapeln</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Put the note on the map, in the cell it was written for (Enter)</source>
        <translation>Die Notiz auf die Karte legen, in die Zelle, für die sie geschrieben wurde (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Drop the note (Delete)</source>
        <translation>Die Notiz verwerfen (Entf)</translation>
    </message>
    <message>
        <source>no cell: drag onto the map</source>
        <translation>keine Zelle: auf die Karte ziehen</translation>
    </message>
    <message>
        <source>Notes from participants appear here as they arrive.
Workshop › Start Session… opens the room.</source>
        <translation>Notizen der Teilnehmenden erscheinen hier, sobald sie eintreffen.
Workshop › Sitzung starten… öffnet den Raum.</translation>
    </message>
    <message>
        <source>Notes from participants appear here as they arrive.
Workshop › Collect Notes… opens lanes for them.</source>
        <translation>Notizen der Teilnehmenden erscheinen hier, sobald sie eintreffen.
Workshop › Notizen sammeln… öffnet Zeilen dafür.</translation>
    </message>
    <message>
        <source>Notes from participants appear here as they arrive.</source>
        <translation>Notizen der Teilnehmenden erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>1 note waiting</source>
        <translation>1 Notiz wartet</translation>
    </message>
    <message>
        <source>{count} notes waiting</source>
        <translation>{count} Notizen warten</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <source> · {minutes}:{seconds:02d} left</source>
        <translation> · noch {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source> · time is up</source>
        <translation> · Zeit ist um</translation>
    </message>
    <message>
        <source>collecting: {what}</source>
        <translation>Sammeln: {what}</translation>
    </message>
    <message>
        <source>voting: {count} dots given</source>
        <translation>Abstimmung: {count} Punkte vergeben</translation>
    </message>
    <message>
        <source>no session running</source>
        <translation>keine Sitzung aktiv</translation>
    </message>
    <message>
        <source>Accept note</source>
        <translation>Notiz annehmen</translation>
    </message>
    <message>
        <source>Accept {count} notes</source>
        <translation>{count} Notizen annehmen</translation>
    </message>
    <message>
        <source>Edit inbox note</source>
        <translation>Notiz im Eingang bearbeiten</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <source>Join the Workshop</source>
        <translation>Am Workshop teilnehmen</translation>
    </message>
    <message>
        <source>Join from your phone or laptop</source>
        <translation>Teilnehmen mit Telefon oder Laptop</translation>
    </message>
    <message>
        <source>QR code of the join address</source>
        <translation>QR-Code der Beitrittsadresse</translation>
    </message>
    <message>
        <source>Join address</source>
        <translation>Beitrittsadresse</translation>
    </message>
    <message>
        <source>Connect to the same Wi-Fi as this computer, then scan the code or type the address.</source>
        <translation>Verbinden Sie sich mit demselben WLAN wie dieser Computer, dann scannen Sie den Code oder tippen die Adresse ein.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Full Screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>1 participant joined</source>
        <translation>1 Person nimmt teil</translation>
    </message>
    <message>
        <source>{count} participants joined</source>
        <translation>{count} Personen nehmen teil</translation>
    </message>
    <message>
        <source>Notes: {prompt}</source>
        <translation>Notizen: {prompt}</translation>
    </message>
    <message>
        <source>Vote: {dots} dots each on {cards} cards</source>
        <translation>Abstimmung: je {dots} Punkte auf {cards} Karten</translation>
    </message>
    <message>
        <source>Waiting for the facilitator to open notes or a vote.</source>
        <translation>Warten, bis die Moderation Notizen oder eine Abstimmung öffnet.</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} left</source>
        <translation>noch {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>JourneyLibrary</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>cannot be shown</source>
        <translation>kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>{title}
{who}
{count} cards · {share} validated
changed {changed}</source>
        <translation>{title}
{who}
{count} Karten · {share} validiert
geändert {changed}</translation>
    </message>
    <message>
        <source>Journey Library</source>
        <translation>Journey-Bibliothek</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Ordner der Bibliothek</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Search all maps</source>
        <translation>Alle Karten durchsuchen</translation>
    </message>
    <message>
        <source>Search the cards of every map</source>
        <translation>Die Karten aller Maps durchsuchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by persona</source>
        <translation>Nach Persona filtern</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Maps in the library</source>
        <translation>Karten in der Bibliothek</translation>
    </message>
    <message>
        <source>Cards found</source>
        <translation>Gefundene Karten</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Choose a folder of maps to see them here.</source>
        <translation>Wählen Sie einen Ordner mit Karten, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Journey library folder</source>
        <translation>Ordner der Journey-Bibliothek</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>{shown} of {total} maps</source>
        <translation>{shown} von {total} Karten</translation>
    </message>
    <message>
        <source> · 1 card found</source>
        <translation> · 1 Karte gefunden</translation>
    </message>
    <message>
        <source> · {count} cards found</source>
        <translation> · {count} Karten gefunden</translation>
    </message>
    <message>
        <source> · only the first 1,000 maps are shown</source>
        <translation> · nur die ersten 1.000 Karten werden gezeigt</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Customer quote</source>
        <translation>Kundenzitat</translation>
    </message>
    <message>
        <source>Metric / KPI</source>
        <translation>Kennzahl / KPI</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>KPIs / metrics</source>
        <translation>KPIs / Kennzahlen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützende Prozesse</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
</context>
<context>
    <name>KpiDialog</name>
    <message>
        <source>KPI feeds (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Kennzahl-Quellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Update KPIs from {source}</source>
        <translation>Kennzahlen aus {source} aktualisieren</translation>
    </message>
    <message>
        <source>KPI update summary</source>
        <translation>Zusammenfassung der Kennzahl-Aktualisierung</translation>
    </message>
    <message>
        <source>Metrics that change</source>
        <translation>Kennzahlen, die sich ändern</translation>
    </message>
    <message>
        <source>({count} dated values)</source>
        <translation>({count} datierte Werte)</translation>
    </message>
    <message>
        <source>Rows not used</source>
        <translation>Nicht verwendete Tabellenzeilen</translation>
    </message>
    <message>
        <source>Row {row}, column {column}</source>
        <translation>Tabellenzeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Tabellenzeile {row}</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Skip 1 Row and Update</source>
        <translation>1 Tabellenzeile überspringen und aktualisieren</translation>
    </message>
    <message>
        <source>Skip {count} Rows and Update</source>
        <translation>{count} Tabellenzeilen überspringen und aktualisieren</translation>
    </message>
    <message>
        <source>Metrics that change:</source>
        <translation>Kennzahlen, die sich ändern:</translation>
    </message>
    <message>
        <source>Rows not used:</source>
        <translation>Nicht verwendete Tabellenzeilen:</translation>
    </message>
    <message>
        <source>Cannot update KPIs</source>
        <translation>Kennzahlen können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>{source}: {exc}

Nothing was changed.</source>
        <translation>{source}: {exc}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot read the KPI feed</source>
        <translation>Die Kennzahl-Quelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{exc}

Nothing was changed.</source>
        <translation>{exc}

Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LinkController</name>
    <message>
        <source>(the whole map)</source>
        <translation>(die ganze Karte)</translation>
    </message>
    <message>
        <source>&amp;Back to the Previous Map</source>
        <translation>&amp;Zurück zur vorigen Karte</translation>
    </message>
    <message>
        <source>Opened {path}; {keys} goes back to {name}</source>
        <translation>{path} geöffnet; {keys} führt zurück zu {name}</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back to {name}</source>
        <translation>&amp;Zurück zu {name}</translation>
    </message>
    <message>
        <source>Save this map first: links are stored relative to its folder</source>
        <translation>Speichern Sie diese Karte zuerst: Verknüpfungen werden relativ zu ihrem Ordner gespeichert</translation>
    </message>
    <message>
        <source>Link to map</source>
        <translation>Mit Karte verknüpfen</translation>
    </message>
    <message>
        <source>Journey maps (*.jmap)</source>
        <translation>Journey Maps (*.jmap)</translation>
    </message>
    <message>
        <source>{name} cannot be linked: {exc}</source>
        <translation>{name} kann nicht verknüpft werden: {exc}</translation>
    </message>
    <message>
        <source>Open {name} at:</source>
        <translation>{name} öffnen bei:</translation>
    </message>
    <message>
        <source>Link stage</source>
        <translation>Phase verknüpfen</translation>
    </message>
    <message>
        <source>Linked to {path}</source>
        <translation>Verknüpft mit {path}</translation>
    </message>
</context>
<context>
    <name>LinkTip</name>
    <message>
        <source>The linked map {path} cannot be opened; right-click › Link to Map… chooses another</source>
        <translation>Die verknüpfte Karte {path} lässt sich nicht öffnen; Rechtsklick › Mit Karte verknüpfen… wählt eine andere</translation>
    </message>
    <message>
        <source>Ctrl+click opens {path}</source>
        <translation>Strg+Klick öffnet {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journey map canvas</source>
        <translation>Arbeitsfläche der Journey Map</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Map Settings</source>
        <translation>Karteneinstellungen</translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation>Suchen und Filtern</translation>
    </message>
    <message>
        <source>Opened map</source>
        <translation>Geöffnete Karte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>{0} panel</source>
        <translation>Bereich „{0}“</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Start a new map from a template</source>
        <translation>Eine neue Karte aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the map and go back to the start page</source>
        <translation>Die Karte schließen und zur Startseite zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Mark what changed since a revision, a snapshot or another map</source>
        <translation>Markieren, was sich seit einer Version, einem Schnappschuss oder einer anderen Karte geändert hat</translation>
    </message>
    <message>
        <source>Take S&amp;napshot…</source>
        <translation>Sc&amp;hnappschuss anlegen…</translation>
    </message>
    <message>
        <source>Name the saved map in its history</source>
        <translation>Der gespeicherten Karte im Verlauf einen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Merge Copy…</source>
        <translation>Kopie &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge another copy of this map into it</source>
        <translation>Eine andere Kopie dieser Karte hierher übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Poster PDF, printer sheets, PNG, SVG or CSV</source>
        <translation>Poster-PDF, Druckbögen, PNG, SVG oder CSV</translation>
    </message>
    <message>
        <source>&amp;Import Cards…</source>
        <translation>Karten &amp;importieren…</translation>
    </message>
    <message>
        <source>Cards from a CSV, TSV or Excel table</source>
        <translation>Karten aus einer CSV-, TSV- oder Excel-Tabelle</translation>
    </message>
    <message>
        <source>Update &amp;KPIs…</source>
        <translation>&amp;Kennzahlen aktualisieren…</translation>
    </message>
    <message>
        <source>Dated values for the metric cards from a CSV or Excel feed</source>
        <translation>Datierte Werte für die Kennzahlkarten aus einer CSV- oder Excel-Quelle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Dese&amp;lect</source>
        <translation>Auswahl au&amp;fheben</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add a card in the focused cell</source>
        <translation>Eine Karte in der ausgewählten Zelle anlegen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Zeile hinzufügen…</translation>
    </message>
    <message>
        <source>Pick the kind of lane, then name it</source>
        <translation>Die Art der Zeile wählen, dann benennen</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Art der Zeile</translation>
    </message>
    <message>
        <source>Kind of the new lane</source>
        <translation>Art der neuen Zeile</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find and filter cards</source>
        <translation>Karten suchen und filtern</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, one stage at a time</source>
        <translation>Vollbild, eine Phase nach der anderen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About JMap Desktop</source>
        <translation>&amp;Über JMap Desktop</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
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
        <source>Journey &amp;Library…</source>
        <translation>Journey-&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>{share} validated</source>
        <translation>{share} validiert</translation>
    </message>
    <message>
        <source>About JMap Desktop</source>
        <translation>Über JMap Desktop</translation>
    </message>
    <message>
        <source>JMap Desktop {version}
Offline customer journey maps and posters.</source>
        <translation>JMap Desktop {version}
Customer Journey Maps und Poster, offline.</translation>
    </message>
</context>
<context>
    <name>MapSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>MapSettingsPanel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Apply texts</source>
        <translation>Texte übernehmen</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Map settings</source>
        <translation>Karteneinstellungen</translation>
    </message>
    <message>
        <source>Expectations, one per line</source>
        <translation>Erwartungen, eine pro Zeile</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Emotion scale minimum</source>
        <translation>Minimum der Emotionsskala</translation>
    </message>
    <message>
        <source>Emotion scale maximum</source>
        <translation>Maximum der Emotionsskala</translation>
    </message>
    <message>
        <source>Emotion scale labels</source>
        <translation>Beschriftungen der Emotionsskala</translation>
    </message>
    <message>
        <source>labels from lowest to highest, comma-separated</source>
        <translation>Beschriftungen vom niedrigsten zum höchsten Wert, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Apply scale</source>
        <translation>Skala übernehmen</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>Emotionsskala</translation>
    </message>
    <message>
        <source>Scale labels</source>
        <translation>Skalenbeschriftungen</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo gesetzt</translation>
    </message>
    <message>
        <source>Change {field}</source>
        <translation>{field} ändern</translation>
    </message>
    <message>
        <source>Edit map description</source>
        <translation>Kartenbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scale&apos;s minimum must be below its maximum.</source>
        <translation>Das Minimum der Skala muss unter ihrem Maximum liegen.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Journey map canvas</source>
        <translation>Arbeitsfläche der Journey Map</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>emotion_scale: min must be below max</source>
        <translation>emotion_scale: min muss kleiner als max sein</translation>
    </message>
    <message>
        <source>emotion_scale: a span above {limit} steps</source>
        <translation>emotion_scale: eine Spanne von mehr als {limit} Stufen</translation>
    </message>
    <message>
        <source>no persona has the id {id}</source>
        <translation>keine Persona hat die ID {id}</translation>
    </message>
    <message>
        <source>duplicate id {id} (also {other})</source>
        <translation>doppelte ID {id} (auch {other})</translation>
    </message>
    <message>
        <source>no stage has the id {id}</source>
        <translation>keine Phase hat die ID {id}</translation>
    </message>
    <message>
        <source>no lane has the id {id}</source>
        <translation>keine Zeile hat die ID {id}</translation>
    </message>
    <message>
        <source>emotion {emotion} is outside the map&apos;s scale {min}..{max}</source>
        <translation>Emotion {emotion} liegt außerhalb der Skala der Map ({min}..{max})</translation>
    </message>
    <message>
        <source>a connection cannot link a card to itself</source>
        <translation>eine Verbindung kann eine Karte nicht mit sich selbst verbinden</translation>
    </message>
    <message>
        <source>no card has the id {id}</source>
        <translation>keine Karte hat die ID {id}</translation>
    </message>
    <message>
        <source>image is larger than {limit} MB</source>
        <translation>das Bild ist größer als {limit} MB</translation>
    </message>
    <message>
        <source>image is neither PNG nor JPEG</source>
        <translation>das Bild ist weder PNG noch JPEG</translation>
    </message>
    <message>
        <source>image says {declared} but its content is {actual}</source>
        <translation>das Bild gibt {declared} an, sein Inhalt ist aber {actual}</translation>
    </message>
    <message>
        <source>image data is not valid base64</source>
        <translation>die Bilddaten sind kein gültiges Base64</translation>
    </message>
    <message>
        <source>Touchpoint “{text}” has no channel</source>
        <translation>Touchpoint „{text}“ hat keinen Kanal</translation>
    </message>
    <message>
        <source>“{text}” is still a hypothesis but has sources: validate or invalidate it</source>
        <translation>„{text}“ ist noch eine Hypothese, hat aber Quellen: validieren oder widerlegen Sie sie</translation>
    </message>
    <message>
        <source>Opportunity “{text}” is not linked to a pain point</source>
        <translation>Chance „{text}“ ist mit keinem Schmerzpunkt verbunden</translation>
    </message>
    <message>
        <source>Lane “{name}” is empty</source>
        <translation>Zeile „{name}“ ist leer</translation>
    </message>
    <message>
        <source>Stage “{name}” has no customer action</source>
        <translation>Phase „{name}“ hat keine Kundenaktion</translation>
    </message>
    <message>
        <source>the image cannot be decoded ({reason})</source>
        <translation>das Bild kann nicht dekodiert werden ({reason})</translation>
    </message>
    <message>
        <source>the image claims {width} x {height} pixels; the limit is {limit} megapixels</source>
        <translation>das Bild gibt {width} × {height} Pixel an; die Grenze liegt bei {limit} Megapixeln</translation>
    </message>
    <message>
        <source>the file is {size} MB or more; the limit is {limit} MB</source>
        <translation>die Datei ist {size} MB oder größer; die Grenze liegt bei {limit} MB</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>einen Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>nested more than {depth} levels deep</source>
        <translation>mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>erwartet wurde ein JSON-Objekt, gefunden wurde {found}</translation>
    </message>
    <message>
        <source>no format marker</source>
        <translation>keine Formatangabe</translation>
    </message>
    <message>
        <source>not a journey map: expected &quot;format&quot;: &quot;jmap&quot;, found {found}</source>
        <translation>keine Journey Map: erwartet wurde &quot;format&quot;: &quot;jmap&quot;, gefunden wurde {found}</translation>
    </message>
    <message>
        <source>expected a whole number, found {found}</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden wurde {found}</translation>
    </message>
    <message>
        <source>the file uses schema version {version}, but this program reads up to version {newest}; open it with a newer JMap Desktop</source>
        <translation>die Datei verwendet Schemaversion {version}, dieses Programm liest aber nur bis Version {newest}; öffnen Sie sie mit einem neueren JMap Desktop</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a .jmap file</source>
        <translation>das ist ein Ordner, keine .jmap-Datei</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket); a journey map is an ordinary file</source>
        <translation>das ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket); eine Journey Map ist eine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} (the file may be truncated)</source>
        <translation>kein gültiges JSON: {detail} (die Datei ist vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <source>not valid JSON: {detail}</source>
        <translation>kein gültiges JSON: {detail}</translation>
    </message>
    <message>
        <source>a number has far too many digits</source>
        <translation>eine Zahl hat viel zu viele Stellen</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply</source>
        <translation>das JSON ist viel zu tief verschachtelt</translation>
    </message>
    <message>
        <source>and {count} more problem(s)</source>
        <translation>und {count} weitere(s) Problem(e)</translation>
    </message>
    <message>
        <source>cannot be read: a symbolic link that leads back to itself</source>
        <translation>kann nicht gelesen werden: ein symbolischer Link, der auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (is it really a .jmap file?)</source>
        <translation>die Datei ist kein UTF-8-Text (ist es wirklich eine .jmap-Datei?)</translation>
    </message>
    <message>
        <source>no migration from schema version {version}</source>
        <translation>keine Umstellung von Schemaversion {version}</translation>
    </message>
    <message>
        <source>the step from version {version} produced version {new_version}</source>
        <translation>der Schritt von Version {version} ergab Version {new_version}</translation>
    </message>
    <message>
        <source>the file could not be written ({reason}); it was not changed</source>
        <translation>die Datei konnte nicht geschrieben werden ({reason}); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>another window or program is saving this file right now; try again</source>
        <translation>ein anderes Fenster oder Programm speichert diese Datei gerade; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>the disk is full; the file was not changed. Free some space and save again</source>
        <translation>der Datenträger ist voll; die Datei wurde nicht verändert. Schaffen Sie Platz und speichern Sie erneut</translation>
    </message>
    <message>
        <source>no permission to write here; the file was not changed. Use Save As elsewhere</source>
        <translation>keine Berechtigung, hier zu schreiben; die Datei wurde nicht verändert. Speichern Sie mit „Speichern unter“ an einem anderen Ort</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name</source>
        <translation>das ist ein Ordner; wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>den Ordner {folder} gibt es nicht</translation>
    </message>
    <message>
        <source>the map could not be written as JSON ({reason})</source>
        <translation>die Map konnte nicht als JSON geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>the file is read-only; it was not changed. Use Save As to keep your changes in another file</source>
        <translation>die Datei ist schreibgeschützt; sie wurde nicht verändert. Sichern Sie Ihre Änderungen mit „Speichern unter“ in einer anderen Datei</translation>
    </message>
    <message>
        <source>the file was changed by another window or program since it was opened; it was not changed</source>
        <translation>die Datei wurde seit dem Öffnen von einem anderen Fenster oder Programm geändert; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} oder {last}</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use 2026-03-31)</source>
        <translation>{text!r} ist kein Datum (z. B. 2026-03-31 oder 31.03.2026)</translation>
    </message>
    <message>
        <source>{text!r} is not a known card kind (use one of {known})</source>
        <translation>{text!r} ist keine bekannte Kartenart (möglich: {known})</translation>
    </message>
    <message>
        <source>{text!r} is not a known evidence status (use one of {known})</source>
        <translation>{text!r} ist kein bekannter Belegstatus (möglich: {known})</translation>
    </message>
    <message>
        <source>{text!r} is not a known channel (use one of {known})</source>
        <translation>{text!r} ist kein bekannter Kanal (möglich: {known})</translation>
    </message>
    <message>
        <source>{text!r} is not a known polarity (use one of {known})</source>
        <translation>{text!r} ist keine bekannte Polarität (möglich: {known})</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text!r} is not a number of votes (a whole number, 0 or more)</source>
        <translation>{text!r} ist keine Stimmenzahl (eine ganze Zahl ab 0)</translation>
    </message>
    <message>
        <source>{text!r} votes are more than 1,000,000</source>
        <translation>{text!r} Stimmen sind mehr als 1.000.000</translation>
    </message>
    <message>
        <source>{text!r} is not a colour like #FFD966</source>
        <translation>{text!r} ist keine Farbe wie #FFD966</translation>
    </message>
    <message>
        <source>{metrics} updated from {values}</source>
        <translation>{metrics} aus {values} aktualisiert</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Kennzahl</translation>
    </message>
    <message>
        <source>{count} metrics</source>
        <translation>{count} Kennzahlen</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>{count} values</source>
        <translation>{count} Werten</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>metric id or metric name</source>
        <translation>Kennzahl-ID oder Kennzahlname</translation>
    </message>
    <message>
        <source>no metric card {metric!r} in the stage {stage!r}</source>
        <translation>keine Kennzahlkarte {metric!r} in der Phase {stage!r}</translation>
    </message>
    <message>
        <source>no metric card {metric!r}</source>
        <translation>keine Kennzahlkarte {metric!r}</translation>
    </message>
    <message>
        <source>{count} metric cards are called {metric!r} in the stage {stage!r}; add a stage column or use ids</source>
        <translation>{count} Kennzahlkarten heißen {metric!r} in der Phase {stage!r}; ergänzen Sie eine Spalte für die Phase oder verwenden Sie IDs</translation>
    </message>
    <message>
        <source>{count} metric cards are called {metric!r}; add a stage column or use ids</source>
        <translation>{count} Kennzahlkarten heißen {metric!r}; ergänzen Sie eine Spalte für die Phase oder verwenden Sie IDs</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} unverändert</translation>
    </message>
    <message>
        <source>{count} row(s) not used</source>
        <translation>{count} Tabellenzeile(n) nicht verwendet</translation>
    </message>
    <message>
        <source>no column for {missing} (headers like id, stage, metric, date, value are recognised)</source>
        <translation>keine Spalte für {missing} (erkannt werden Überschriften wie ID, Phase, Kennzahl, Datum, Wert)</translation>
    </message>
    <message>
        <source>no metric card has the id {id!r}</source>
        <translation>keine Kennzahlkarte hat die ID {id!r}</translation>
    </message>
    <message>
        <source>no metric named</source>
        <translation>keine Kennzahl angegeben</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} neu</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} aktualisiert</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <source>{emotion} is outside the map&apos;s emotion scale {min}..{max}</source>
        <translation>{emotion} liegt außerhalb der Emotionsskala der Karte {min}..{max}</translation>
    </message>
    <message>
        <source>{id!r} is not a card id (letters, digits and _ . : - only, at most 64)</source>
        <translation>{id!r} ist keine Karten-ID (nur Buchstaben, Ziffern und _ . : -, höchstens 64)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>der Text ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the id {id!r} appears twice in this table</source>
        <translation>die ID {id!r} kommt in dieser Tabelle zweimal vor</translation>
    </message>
    <message>
        <source>the id {id!r} belongs to a stage, lane or persona</source>
        <translation>die ID {id!r} gehört zu einer Phase, Zeile oder Persona</translation>
    </message>
    <message>
        <source>1 new stage</source>
        <translation>1 neue Phase</translation>
    </message>
    <message>
        <source>{count} new stages</source>
        <translation>{count} neue Phasen</translation>
    </message>
    <message>
        <source>1 new lane</source>
        <translation>1 neue Zeile</translation>
    </message>
    <message>
        <source>{count} new lanes</source>
        <translation>{count} neue Zeilen</translation>
    </message>
    <message>
        <source>1 new persona</source>
        <translation>1 neue Persona</translation>
    </message>
    <message>
        <source>{count} new personas</source>
        <translation>{count} neue Personas</translation>
    </message>
    <message>
        <source>no column is mapped to Text</source>
        <translation>keine Spalte ist dem Text zugeordnet</translation>
    </message>
    <message>
        <source>no stage given</source>
        <translation>keine Phase angegeben</translation>
    </message>
    <message>
        <source>no column is mapped to Stage</source>
        <translation>keine Spalte ist der Phase zugeordnet</translation>
    </message>
    <message>
        <source>no lane given</source>
        <translation>keine Zeile angegeben</translation>
    </message>
    <message>
        <source>no column is mapped to Lane</source>
        <translation>keine Spalte ist der Zeile zugeordnet</translation>
    </message>
    <message>
        <source>the stage name is longer than {limit} characters</source>
        <translation>der Name der Phase ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>the lane name is longer than {limit} characters</source>
        <translation>der Name der Zeile ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <source>is {size} MB; tables above {limit} MB are not imported (split the file)</source>
        <translation>ist {size} MB groß; Tabellen über {limit} MB werden nicht importiert (teilen Sie die Datei)</translation>
    </message>
    <message>
        <source>is binary data, not a table (save it as CSV or XLSX)</source>
        <translation>enthält Binärdaten, keine Tabelle (speichern Sie sie als CSV oder XLSX)</translation>
    </message>
    <message>
        <source>is empty: no header row and no data</source>
        <translation>ist leer: keine Kopfzeile und keine Daten</translation>
    </message>
    <message>
        <source>is too large to import</source>
        <translation>ist zu groß für den Import</translation>
    </message>
    <message>
        <source>is an old Excel .xls file; save it as .xlsx or CSV first</source>
        <translation>ist eine alte Excel-Datei (.xls); speichern Sie sie zuerst als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>is not readable text ({encoding} fails at byte {position}); save it as CSV in UTF-8</source>
        <translation>ist kein lesbarer Text ({encoding} scheitert bei Byte {position}); speichern Sie sie als CSV in UTF-8</translation>
    </message>
    <message>
        <source>is not a readable table ({reason})</source>
        <translation>ist keine lesbare Tabelle ({reason})</translation>
    </message>
    <message>
        <source>has more than {limit} rows; import it in parts</source>
        <translation>hat mehr als {limit} Tabellenzeilen; importieren Sie sie in Teilen</translation>
    </message>
    <message>
        <source>is password-protected; open it in Excel, save it without a password and import that copy</source>
        <translation>ist kennwortgeschützt; öffnen Sie sie in Excel, speichern Sie sie ohne Kennwort und importieren Sie diese Kopie</translation>
    </message>
    <message>
        <source>is not a valid .xlsx workbook (damaged or another format)</source>
        <translation>ist keine gültige .xlsx-Arbeitsmappe (beschädigt oder ein anderes Format)</translation>
    </message>
    <message>
        <source>is a damaged workbook ({reason})</source>
        <translation>ist eine beschädigte Arbeitsmappe ({reason})</translation>
    </message>
    <message>
        <source>has no sheets</source>
        <translation>hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>has no sheet {sheet!r} (it has {sheets})</source>
        <translation>hat kein Tabellenblatt {sheet!r} (vorhanden: {sheets})</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns</source>
        <translation>Tabellenzeile {row} hat mehr als {limit} Spalten</translation>
    </message>
    <message>
        <source>would unpack to {size} MB (a zip bomb or a huge workbook); workbooks above {limit} MB are not imported</source>
        <translation>würde auf {size} MB entpackt (eine Zip-Bombe oder eine riesige Arbeitsmappe); Arbeitsmappen über {limit} MB werden nicht importiert</translation>
    </message>
    <message>
        <source>is a zip file but not an Excel workbook</source>
        <translation>ist eine Zip-Datei, aber keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>no revision {id!r} in this map&apos;s history</source>
        <translation>keine Version {id!r} im Verlauf dieser Karte</translation>
    </message>
    <message>
        <source>a snapshot needs a name</source>
        <translation>ein Schnappschuss braucht einen Namen</translation>
    </message>
    <message>
        <source>save the map first: a snapshot pins a saved revision</source>
        <translation>speichern Sie die Karte zuerst: ein Schnappschuss hält eine gespeicherte Version fest</translation>
    </message>
    <message>
        <source>the history has no baseline to compare with</source>
        <translation>der Verlauf hat keinen Ausgangsstand zum Vergleichen</translation>
    </message>
    <message>
        <source>history: revision {id} cannot be rebuilt ({reason})</source>
        <translation>Verlauf: Version {id} kann nicht wiederhergestellt werden ({reason})</translation>
    </message>
    <message>
        <source>{name} is not inside {folder}: a link can only point to maps in this map&apos;s folder or its subfolders</source>
        <translation>{name} liegt nicht in {folder}: eine Verknüpfung kann nur auf Karten im Ordner dieser Karte oder in seinen Unterordnern zeigen</translation>
    </message>
    <message>
        <source>{path} cannot be read</source>
        <translation>{path} kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>{value} (target {target})</source>
        <translation>{value} (Ziel {target})</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>{count} comments</source>
        <translation>{count} Kommentare</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 Foto</translation>
    </message>
    <message>
        <source>{count} photos</source>
        <translation>{count} Fotos</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>(not in that version)</source>
        <translation>(in jener Version nicht vorhanden)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <source>{count} sources</source>
        <translation>{count} Quellen</translation>
    </message>
    <message>
        <source>not a length: {text!r} (use e.g. 10mm, 1in, 2cm)</source>
        <translation>keine Länge: {text!r} (z. B. 10mm, 1in, 2cm)</translation>
    </message>
    <message>
        <source>orientation is portrait, landscape or auto</source>
        <translation>die Ausrichtung ist portrait (Hochformat), landscape (Querformat) oder auto</translation>
    </message>
    <message>
        <source>unknown page {name!r}; use one of: {names}</source>
        <translation>unbekanntes Seitenformat {name!r}; möglich: {names}</translation>
    </message>
    <message>
        <source>a custom page must be at least 1 inch on each side</source>
        <translation>ein eigenes Seitenformat muss auf jeder Seite mindestens 1 Zoll (25,4 mm) messen</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>{pages} pages, split by stage</source>
        <translation>{pages} Seiten, nach Phasen geteilt</translation>
    </message>
    <message>
        <source>card text prints at {size} pt, below a readable {readable} pt: choose a larger page, hide some lanes, or tile the poster</source>
        <translation>Kartentext wird mit {size} pt gedruckt, unter lesbaren {readable} pt: wählen Sie ein größeres Format, blenden Sie Zeilen aus oder teilen Sie das Poster auf Bögen auf</translation>
    </message>
    <message>
        <source>{count} sheets ({cols} × {rows} {sheet} portrait) + assembly page = {pages} pages</source>
        <translation>{count} Bögen ({cols} × {rows} {sheet} hoch) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>{count} sheets ({cols} × {rows} {sheet} landscape) + assembly page = {pages} pages</source>
        <translation>{count} Bögen ({cols} × {rows} {sheet} quer) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>the poster is longer than 200 inches, so it is split by stage over {pages} pages</source>
        <translation>das Poster ist länger als 200 Zoll (5,08 m) und wird daher nach Phasen auf {pages} Seiten geteilt</translation>
    </message>
    <message>
        <source>the overlap is larger than the printable part of a sheet</source>
        <translation>die Überlappung ist größer als der bedruckbare Teil eines Bogens</translation>
    </message>
    <message>
        <source>1 sheet ({cols} × {rows} {sheet} portrait) + assembly page = {pages} pages</source>
        <translation>1 Bogen ({cols} × {rows} {sheet} hoch) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>1 sheet ({cols} × {rows} {sheet} landscape) + assembly page = {pages} pages</source>
        <translation>1 Bogen ({cols} × {rows} {sheet} quer) + Montageseite = {pages} Seiten</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <source>Removed stage</source>
        <translation>Entfernte Phase</translation>
    </message>
    <message>
        <source>Removed lane</source>
        <translation>Entfernte Zeile</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} hinzugefügt</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} entfernt</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>{count} verschoben</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed (ghost in its old cell)</source>
        <translation>Entfernt (Geist in der alten Zelle)</translation>
    </message>
    <message>
        <source>Changed (text or fields edited)</source>
        <translation>Geändert (Text oder Felder bearbeitet)</translation>
    </message>
    <message>
        <source>Moved (arrow from its old cell)</source>
        <translation>Verschoben (Pfeil aus der alten Zelle)</translation>
    </message>
    <message>
        <source>Emotion curve before (dashed)</source>
        <translation>Emotionskurve vorher (gestrichelt)</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>input should be a valid string</source>
        <translation>erwartet wird ein Text</translation>
    </message>
    <message>
        <source>input should be a valid integer</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>input should be a valid integer, unable to parse string as an integer</source>
        <translation>erwartet wird eine ganze Zahl; der Text ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>input should be a valid integer, got a number with a fractional part</source>
        <translation>erwartet wird eine ganze Zahl, gefunden wurde eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>input should be a valid number</source>
        <translation>erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>input should be a valid number, unable to parse string as a number</source>
        <translation>erwartet wird eine Zahl; der Text ist keine Zahl</translation>
    </message>
    <message>
        <source>input should be a finite number</source>
        <translation>erwartet wird eine endliche Zahl</translation>
    </message>
    <message>
        <source>input should be a valid boolean</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>input should be a valid boolean, unable to interpret input</source>
        <translation>erwartet wird true oder false; der Wert ist nicht zu deuten</translation>
    </message>
    <message>
        <source>input should be a valid list</source>
        <translation>erwartet wird eine Liste</translation>
    </message>
    <message>
        <source>input should be a valid dictionary</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>input should be a valid dictionary or instance of {class_name}</source>
        <translation>erwartet wird ein Objekt ({class_name})</translation>
    </message>
    <message>
        <source>input should be {expected}</source>
        <translation>erwartet wird {expected}</translation>
    </message>
    <message>
        <source>input should be greater than or equal to {ge}</source>
        <translation>der Wert muss größer oder gleich {ge} sein</translation>
    </message>
    <message>
        <source>input should be greater than {gt}</source>
        <translation>der Wert muss größer als {gt} sein</translation>
    </message>
    <message>
        <source>input should be less than or equal to {le}</source>
        <translation>der Wert muss kleiner oder gleich {le} sein</translation>
    </message>
    <message>
        <source>input should be less than {lt}</source>
        <translation>der Wert muss kleiner als {lt} sein</translation>
    </message>
    <message>
        <source>string should have at most {max_length} characters</source>
        <translation>der Text darf höchstens {max_length} Zeichen haben</translation>
    </message>
    <message>
        <source>string should have at least {min_length} characters</source>
        <translation>der Text muss mindestens {min_length} Zeichen haben</translation>
    </message>
    <message>
        <source>{field_type} should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>{field_type} darf höchstens {max_length} Einträge haben, nicht {actual_length}</translation>
    </message>
    <message>
        <source>extra inputs are not permitted</source>
        <translation>zusätzliche Angaben sind nicht erlaubt</translation>
    </message>
    <message>
        <source>input should be a valid date in the format YYYY-MM-DD, {error}</source>
        <translation>erwartet wird ein Datum im Format JJJJ-MM-TT ({error})</translation>
    </message>
    <message>
        <source>input should be a valid datetime, {error}</source>
        <translation>erwartet wird ein Datum mit Uhrzeit ({error})</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Map outline</source>
        <translation>Gliederung der Karte</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Persona library</source>
        <translation>Persona-Bibliothek</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Zur Hauptpersona machen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import personas from another map, keeping their ids</source>
        <translation>Personas aus einer anderen Karte importieren, mit ihren IDs</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Persona: Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Persona role</source>
        <translation>Persona: Rolle</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Persona quote</source>
        <translation>Persona: Zitat</translation>
    </message>
    <message>
        <source>Persona goals, one per line</source>
        <translation>Persona: Ziele, eine pro Zeile</translation>
    </message>
    <message>
        <source>Persona needs, one per line</source>
        <translation>Persona: Bedürfnisse, eines pro Zeile</translation>
    </message>
    <message>
        <source>Persona frustrations, one per line</source>
        <translation>Persona: Frustrationen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Apply lists</source>
        <translation>Listen übernehmen</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>{label}  ★ primary</source>
        <translation>{label}  ★ Hauptpersona</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Change persona {field}</source>
        <translation>Persona ändern: {field}</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Set primary persona</source>
        <translation>Hauptpersona festlegen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Import personas from map</source>
        <translation>Personas aus Karte importieren</translation>
    </message>
    <message>
        <source>Journey maps (*.jmap)</source>
        <translation>Journey Maps (*.jmap)</translation>
    </message>
    <message>
        <source>Import 1 persona</source>
        <translation>1 Persona importieren</translation>
    </message>
    <message>
        <source>Import {count} personas</source>
        <translation>{count} Personas importieren</translation>
    </message>
    <message>
        <source>Imported 1 persona from {name}</source>
        <translation>1 Persona aus {name} importiert</translation>
    </message>
    <message>
        <source>Imported {count} personas from {name}</source>
        <translation>{count} Personas aus {name} importiert</translation>
    </message>
    <message>
        <source>{same} already here (same id)</source>
        <translation>{same} bereits vorhanden (gleiche ID)</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>Photos are stored inside the map, scaled to at most {side} px; {mb} MB and {count} photos per card at most.</source>
        <translation>Fotos werden in der Karte gespeichert, auf höchstens {side} px verkleinert; höchstens {mb} MB und {count} Fotos pro Karte.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>{source} could not be read as an image</source>
        <translation>{source} konnte nicht als Bild gelesen werden</translation>
    </message>
    <message>
        <source>{source} is still {size} MB after scaling to {side} px; photos on cards may be at most {mb} MB</source>
        <translation>{source} ist nach dem Verkleinern auf {side} px noch {size} MB groß; Fotos auf Karten dürfen höchstens {mb} MB haben</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; images up to {mb} MB can be added (they are stored scaled to {side} px)</source>
        <translation>{name} ist {size} MB groß; Bilder bis {mb} MB können hinzugefügt werden (sie werden auf {side} px verkleinert gespeichert)</translation>
    </message>
    <message>
        <source>{name} is not an image this program can read ({reason})</source>
        <translation>{name} ist kein Bild, das dieses Programm lesen kann ({reason})</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>Das eingefügte Bild</translation>
    </message>
</context>
<context>
    <name>PileTip</name>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>1 more chip under this one:</source>
        <translation>1 weiterer Chip unter diesem:</translation>
    </message>
    <message>
        <source>{count} more chips under this one:</source>
        <translation>{count} weitere Chips unter diesem:</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Card kinds</source>
        <translation>Kartenarten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>sheet {number} of {count}</source>
        <translation>Bogen {number} von {count}</translation>
    </message>
    <message>
        <source>{title} — assembly</source>
        <translation>{title} — Zusammenbau</translation>
    </message>
    <message>
        <source>{rows} × {cols} sheets of {sheet}, overlap {overlap} mm: cut at the marks, glue each sheet over the dashed strip of its left and upper neighbours.</source>
        <translation>{rows} × {cols} Bögen {sheet}, Überlappung {overlap} mm: an den Marken schneiden, jeden Bogen über den gestrichelten Streifen seines linken und oberen Nachbarn kleben.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Autosave delay in seconds</source>
        <translation>Verzögerung der automatischen Sicherung in Sekunden</translation>
    </message>
    <message>
        <source> s after the last edit</source>
        <translation> s nach der letzten Änderung</translation>
    </message>
    <message>
        <source>Your name, recorded with each saved revision</source>
        <translation>Ihr Name, mit jeder gespeicherten Version festgehalten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Recovery copy</source>
        <translation>Wiederherstellungskopie</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Name des Autors</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when JMap Desktop starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von JMap Desktop.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{title} — Presenting</source>
        <translation>{title} — Präsentation</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Beschreibung der Phase</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>— mixed —</source>
        <translation>— gemischt —</translation>
    </message>
    <message>
        <source>Card properties</source>
        <translation>Karteneigenschaften</translation>
    </message>
    <message>
        <source>Select one or more cards to edit their properties.</source>
        <translation>Wählen Sie eine oder mehrere Karten, um ihre Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <source>Apply text</source>
        <translation>Text übernehmen</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>Farbe der Art</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset card colour</source>
        <translation>Kartenfarbe zurücksetzen</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>ohne Bewertung</translation>
    </message>
    <message>
        <source>— all personas —</source>
        <translation>— alle Personas —</translation>
    </message>
    <message>
        <source>▲ Positive</source>
        <translation>▲ Positiv</translation>
    </message>
    <message>
        <source>▼ Negative</source>
        <translation>▼ Negativ</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>team or department</source>
        <translation>Team oder Abteilung</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Verantwortliche ändern</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation>Kennzahl: Wert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Metric unit</source>
        <translation>Kennzahl: Einheit</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric target</source>
        <translation>Kennzahl: Ziel</translation>
    </message>
    <message>
        <source>Evidence sources</source>
        <translation>Belegquellen</translation>
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
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Change persona</source>
        <translation>Persona ändern</translation>
    </message>
    <message>
        <source>Change polarity</source>
        <translation>Richtung ändern</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Emotion setzen</translation>
    </message>
    <message>
        <source>Clear emotion</source>
        <translation>Emotion entfernen</translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation>Als {status} markieren</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Change metric</source>
        <translation>Kennzahl ändern</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>A source needs a type (interview, survey, analytics, observation, support_tickets, usability_test, other) and a date like 2026-03-04</source>
        <translation>Eine Quelle braucht einen Typ (interview, survey, analytics, observation, support_tickets, usability_test, other) und ein Datum wie 2026-03-04</translation>
    </message>
    <message>
        <source>Edit sources</source>
        <translation>Quellen bearbeiten</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved work cannot be protected: the folder {folder} cannot be used ({reason}). Save often.</source>
        <translation>Ungespeicherte Arbeit kann nicht geschützt werden: Der Ordner {folder} ist nicht nutzbar ({reason}). Speichern Sie oft.</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}. Your changes are not protected yet; save them.</source>
        <translation>Automatisches Sichern fehlgeschlagen: {reason}. Ihre Änderungen sind noch nicht geschützt; speichern Sie sie.</translation>
    </message>
    <message>
        <source>The recovery copy could not be read: {exc}</source>
        <translation>Die Wiederherstellungskopie konnte nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>a map that was never saved</source>
        <translation>einer nie gespeicherten Karte</translation>
    </message>
    <message>
        <source>JMap Desktop did not close normally. Recover “{title}”?</source>
        <translation>JMap Desktop wurde nicht normal beendet. „{title}“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Autosaved {when} from {where}.</source>
        <translation>Automatisch gesichert am {when} aus {where}.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Revisions and snapshots</source>
        <translation>Versionen und Schnappschüsse</translation>
    </message>
    <message>
        <source>History size and limits</source>
        <translation>Größe und Grenzen des Verlaufs</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Schnappschuss anlegen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Mark on the canvas what changed since this revision</source>
        <translation>Auf der Arbeitsfläche markieren, was sich seit dieser Version geändert hat</translation>
    </message>
    <message>
        <source>Open this revision read-only in its own window</source>
        <translation>Diese Version schreibgeschützt in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>Make this revision the current map (one undo step)</source>
        <translation>Diese Version zur aktuellen Karte machen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>No revisions yet: each save of the map records one.</source>
        <translation>Noch keine Versionen: Jedes Speichern der Karte legt eine an.</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>unbekannter Autor</translation>
    </message>
    <message>
        <source>saved map</source>
        <translation>gespeicherte Karte</translation>
    </message>
    <message>
        <source>Snapshot “{name}” of revision {id}</source>
        <translation>Schnappschuss „{name}“ der Version {id}</translation>
    </message>
    <message>
        <source>Revision {id}</source>
        <translation>Version {id}</translation>
    </message>
    <message>
        <source>Revisions: {revisions} · snapshots: {snapshots} · history {size} of a {limit} limit · revisions older than {days} days are pruned; snapshots are always kept</source>
        <translation>Versionen: {revisions} · Schnappschüsse: {snapshots} · Verlauf {size} von höchstens {limit} · Versionen älter als {days} Tage werden entfernt; Schnappschüsse bleiben immer erhalten</translation>
    </message>
</context>
<context>
    <name>SceneActions</name>
    <message>
        <source>Cut card</source>
        <translation>Karte ausschneiden</translation>
    </message>
    <message>
        <source>Cut {count} cards</source>
        <translation>{count} Karten ausschneiden</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <source>Paste {n} cards</source>
        <translation>{n} Karten einfügen</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <source>Duplicate {count} cards</source>
        <translation>{count} Karten duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Make lane {kind}</source>
        <translation>Zeile zu „{kind}“ machen</translation>
    </message>
    <message>
        <source>Expand lane “{name}”</source>
        <translation>Zeile „{name}“ aufklappen</translation>
    </message>
    <message>
        <source>Collapse lane “{name}”</source>
        <translation>Zeile „{name}“ einklappen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Type a letter on a focused cell</source>
        <translation>Einen Buchstaben in einer ausgewählten Zelle tippen</translation>
    </message>
    <message>
        <source>Create a card there and start typing</source>
        <translation>Dort eine Karte anlegen und losschreiben</translation>
    </message>
    <message>
        <source>Enter / F2 / double-click</source>
        <translation>Eingabe / F2 / Doppelklick</translation>
    </message>
    <message>
        <source>Edit the focused card</source>
        <translation>Die ausgewählte Karte bearbeiten</translation>
    </message>
    <message>
        <source>Enter while editing</source>
        <translation>Eingabe beim Bearbeiten</translation>
    </message>
    <message>
        <source>Commit and start the next card</source>
        <translation>Übernehmen und die nächste Karte beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Enter / click away</source>
        <translation>Strg+Eingabe / daneben klicken</translation>
    </message>
    <message>
        <source>Commit the edit</source>
        <translation>Die Bearbeitung übernehmen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>End typing (a new card keeps its text); cancel an edit or a drag; clear the selection</source>
        <translation>Tippen beenden (eine neue Karte behält ihren Text); Bearbeiten oder Ziehen abbrechen; Auswahl aufheben</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the focus between cards and cells</source>
        <translation>Den Fokus zwischen Karten und Zellen bewegen</translation>
    </message>
    <message>
        <source>Shift+click / Ctrl+click</source>
        <translation>Umschalt+Klick / Strg+Klick</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Die Auswahl erweitern</translation>
    </message>
    <message>
        <source>Ctrl+click a linked card or stage</source>
        <translation>Strg+Klick auf eine verknüpfte Karte oder Phase</translation>
    </message>
    <message>
        <source>Open the map it links to</source>
        <translation>Die verknüpfte Karte öffnen</translation>
    </message>
    <message>
        <source>Space + drag, middle button</source>
        <translation>Leertaste + Ziehen, mittlere Maustaste</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation>Strg + Mausrad, Zwei-Finger-Geste</translation>
    </message>
    <message>
        <source>Zoom about the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Right / Page Down, Left / Page Up</source>
        <translation>Rechts / Bild ab, Links / Bild auf</translation>
    </message>
    <message>
        <source>Next / previous stage while presenting</source>
        <translation>Nächste / vorige Phase beim Präsentieren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>StageDetailsDialog</name>
    <message>
        <source>Stage details — {name}</source>
        <translation>Details der Phase — {name}</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>e.g. 1–2 weeks</source>
        <translation>z. B. 1–2 Wochen</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>What happens in this stage (shown when presenting it)</source>
        <translation>Was in dieser Phase geschieht (beim Präsentieren gezeigt)</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Beschreibung der Phase</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Time span</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Edit stage details</source>
        <translation>Details der Phase bearbeiten</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Click a cell and type: a card appears with what you type.</source>
        <translation>Klicken Sie in eine Zelle und tippen Sie: Eine Karte mit Ihrem Text erscheint.</translation>
    </message>
    <message>
        <source>Enter keeps the text and starts the next card; Escape leaves it.</source>
        <translation>Eingabe übernimmt den Text und beginnt die nächste Karte; Esc verlässt sie.</translation>
    </message>
    <message>
        <source>Drag cards to move them; drag kinds from the Palette onto a cell.</source>
        <translation>Ziehen Sie Karten, um sie zu verschieben; ziehen Sie Arten aus der Palette auf eine Zelle.</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>No recent maps yet.</source>
        <translation>Noch keine zuletzt geöffneten Karten.</translation>
    </message>
    <message>
        <source>Open a map…</source>
        <translation>Eine Karte öffnen…</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>Start a journey map</source>
        <translation>Eine Journey Map beginnen</translation>
    </message>
    <message>
        <source>Pick a template (arrow keys and Enter, or double-click). The new map is Untitled until you save it.</source>
        <translation>Wählen Sie eine Vorlage (Pfeiltasten und Eingabe oder Doppelklick). Die neue Karte heißt „Unbenannt“, bis Sie sie speichern.</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start Workshop Session</source>
        <translation>Workshop-Sitzung starten</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Netzwerkadresse</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>ein freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Most participants</source>
        <translation>Höchstens Teilnehmende</translation>
    </message>
    <message>
        <source>Add notes</source>
        <translation>Notizen hinzufügen</translation>
    </message>
    <message>
        <source>Vote with dots</source>
        <translation>Mit Punkten abstimmen</translation>
    </message>
    <message>
        <source>See the map live on their phone</source>
        <translation>Die Karte live auf ihrem Telefon sehen</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Most participants:</source>
        <translation>&amp;Höchstens Teilnehmende:</translation>
    </message>
    <message>
        <source>Participants may:</source>
        <translation>Teilnehmende dürfen:</translation>
    </message>
    <message>
        <source>Participants join from a browser on the same network; nothing is sent to the internet. Choose “this computer only” to try it alone.</source>
        <translation>Teilnehmende kommen über einen Browser im selben Netzwerk dazu; nichts wird ins Internet gesendet. Wählen Sie „nur dieser Computer“, um es allein auszuprobieren.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New Journey Map</source>
        <translation>Neue Journey Map</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Start from a template:</source>
        <translation>Mit einer Vorlage beginnen:</translation>
    </message>
</context>
<context>
    <name>TemplateSet</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Stages of “{title}” open {count} detailed journey maps: {titles}.</source>
        <translation>Die Phasen von „{title}“ öffnen {count} ausführliche Journey Maps: {titles}.</translation>
    </message>
    <message>
        <source>Create the overview and its detailed maps together in a folder, so that Ctrl+click on a stage opens them? With Overview Only, its links show as broken until maps with those names are saved beside it.</source>
        <translation>Die Übersicht und ihre ausführlichen Karten zusammen in einem Ordner anlegen, damit Strg+Klick auf eine Phase sie öffnet? Mit „Nur Übersicht“ erscheinen ihre Verknüpfungen als defekt, bis Karten mit diesen Namen daneben gespeichert werden.</translation>
    </message>
    <message>
        <source>Create in Folder…</source>
        <translation>In Ordner anlegen…</translation>
    </message>
    <message>
        <source>Overview Only</source>
        <translation>Nur Übersicht</translation>
    </message>
    <message>
        <source>Folder for the overview and its detailed maps</source>
        <translation>Ordner für die Übersicht und ihre ausführlichen Karten</translation>
    </message>
    <message>
        <source>Cannot create the maps</source>
        <translation>Die Karten können nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created {names} in {folder}</source>
        <translation>{names} in {folder} angelegt</translation>
    </message>
</context>
<context>
    <name>VersionsController</name>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Journey maps (*.jmap);;All files (*)</source>
        <translation>Journey Maps (*.jmap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Schnappschuss anlegen</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. After workshop 2):</source>
        <translation>Name des Schnappschusses (z. B. Nach Workshop 2):</translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken</source>
        <translation>Schnappschuss „{name}“ angelegt</translation>
    </message>
    <message>
        <source>Revision of {when} by {author}</source>
        <translation>Version vom {when} von {author}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare the open map with:</source>
        <translation>Die geöffnete Karte vergleichen mit:</translation>
    </message>
    <message>
        <source>Compare with map</source>
        <translation>Mit Karte vergleichen</translation>
    </message>
    <message>
        <source>Cannot rebuild this revision</source>
        <translation>Diese Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Since “{name}”</source>
        <translation>Seit „{name}“</translation>
    </message>
    <message>
        <source>Since the revision of {when}</source>
        <translation>Seit der Version vom {when}</translation>
    </message>
    <message>
        <source>Inexact: this file was changed by another program since JMap saved it</source>
        <translation>Ungenau: Diese Datei wurde seit dem Speichern in JMap von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Karte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Compared with {name}</source>
        <translation>Verglichen mit {name}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>Der Vergleich kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>{map} — {version} (read-only)</source>
        <translation>{map} — {version} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only revision</source>
        <translation>Schreibgeschützte Version</translation>
    </message>
    <message>
        <source>snapshot “{name}”</source>
        <translation>Schnappschuss „{name}“</translation>
    </message>
    <message>
        <source>revision {id}</source>
        <translation>Version {id}</translation>
    </message>
    <message>
        <source>Matched; the comparison is updated</source>
        <translation>Zugeordnet; der Vergleich ist aktualisiert</translation>
    </message>
    <message>
        <source>Unmatched; the comparison is updated</source>
        <translation>Zuordnung gelöst; der Vergleich ist aktualisiert</translation>
    </message>
    <message>
        <source>Restore {what}</source>
        <translation>{what} wiederherstellen</translation>
    </message>
    <message>
        <source>Restored {what}</source>
        <translation>{what} wiederhergestellt</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Merge a copy of this map</source>
        <translation>Eine Kopie dieser Karte zusammenführen</translation>
    </message>
    <message>
        <source>The merged map is not valid</source>
        <translation>Die zusammengeführte Karte ist nicht gültig</translation>
    </message>
    <message>
        <source>Merge copy {name}</source>
        <translation>Kopie {name} zusammenführen</translation>
    </message>
    <message>
        <source>Merged {name}</source>
        <translation>{name} zusammengeführt</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>against their shared revision</source>
        <translation>anhand ihrer gemeinsamen Version</translation>
    </message>
    <message>
        <source>by matching (a copy was changed by another program since JMap saved it)</source>
        <translation>durch Abgleich (eine Kopie wurde seit dem Speichern in JMap von einem anderen Programm geändert)</translation>
    </message>
    <message>
        <source>by matching (no shared revision), with your corrections</source>
        <translation>durch Abgleich (keine gemeinsame Version), mit Ihren Korrekturen</translation>
    </message>
    <message>
        <source>by matching (no shared revision)</source>
        <translation>durch Abgleich (keine gemeinsame Version)</translation>
    </message>
    <message>
        <source>Merged {name} {how}; save to keep it</source>
        <translation>{name} {how} zusammengeführt; speichern, um es zu behalten</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>Dot Voting</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>Cards in the lane</source>
        <translation>Karten in der Zeile</translation>
    </message>
    <message>
        <source>The selected cards ({count})</source>
        <translation>Die ausgewählten Karten ({count})</translation>
    </message>
    <message>
        <source>Lane to vote on</source>
        <translation>Zeile für die Abstimmung</translation>
    </message>
    <message>
        <source>(unnamed lane)</source>
        <translation>(unbenannte Zeile)</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <source>Show results while voting</source>
        <translation>Ergebnisse während der Abstimmung zeigen</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Punkte pro Person:</translation>
    </message>
    <message>
        <source>Start Vote</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>That lane has no cards to vote on.</source>
        <translation>Diese Zeile hat keine Karten zum Abstimmen.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>{text} — this computer only</source>
        <translation>{text} — nur dieser Computer</translation>
    </message>
    <message>
        <source>127.0.0.1 — this computer only</source>
        <translation>127.0.0.1 — nur dieser Computer</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Inbox panel</source>
        <translation>Eingangsbereich</translation>
    </message>
    <message>
        <source>&amp;Start Session…</source>
        <translation>Sitzung &amp;starten…</translation>
    </message>
    <message>
        <source>Show &amp;Join Screen</source>
        <translation>&amp;Beitrittsbildschirm zeigen</translation>
    </message>
    <message>
        <source>&amp;Collect Notes…</source>
        <translation>Notizen &amp;sammeln…</translation>
    </message>
    <message>
        <source>Stop C&amp;ollecting</source>
        <translation>Sa&amp;mmeln beenden</translation>
    </message>
    <message>
        <source>&amp;Dot Voting…</source>
        <translation>&amp;Punktabstimmung…</translation>
    </message>
    <message>
        <source>&amp;End Vote and Store Counts</source>
        <translation>Abstimmung b&amp;eenden und Punkte speichern</translation>
    </message>
    <message>
        <source>S&amp;top Session</source>
        <translation>Sitzung be&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Cannot start the session</source>
        <translation>Die Sitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Nothing can listen on {host} port {port}: {reason}.

Choose another network or port (0 picks a free one).</source>
        <translation>Auf {host} Port {port} kann nichts lauschen: {reason}.

Wählen Sie ein anderes Netzwerk oder einen anderen Port (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Vote ended: {dots} dots on {cards} cards, stored on the cards.</source>
        <translation>Abstimmung beendet: {dots} Punkte auf {cards} Karten, an den Karten gespeichert.</translation>
    </message>
    <message>
        <source>Workshop session stopped; every connection is closed.</source>
        <translation>Workshop-Sitzung beendet; alle Verbindungen sind geschlossen.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>Möchten Sie Ihre Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed by another window or program since you opened it.</source>
        <translation>„{name}“ wurde seit dem Öffnen von einem anderen Fenster oder Programm geändert.</translation>
    </message>
    <message>
        <source>Overwrite writes your version and keeps theirs beside it as “… (outside edit DATE).jmap”. Save As keeps both under names you choose.</source>
        <translation>Überschreiben schreibt Ihre Fassung und legt die andere daneben als „… (outside edit DATUM).jmap“ ab. Speichern unter behält beide unter Namen Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program. Reload it?</source>
        <translation>„{name}“ wurde von einem anderen Programm geändert. Neu laden?</translation>
    </message>
    <message>
        <source>File is read-only</source>
        <translation>Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>“{name}” was not replaced: {reason}.</source>
        <translation>„{name}“ wurde nicht ersetzt: {reason}.</translation>
    </message>
    <message>
        <source>Save your changes in another file, or cancel and keep editing.</source>
        <translation>Speichern Sie Ihre Änderungen in einer anderen Datei, oder brechen Sie ab und arbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Map open elsewhere</source>
        <translation>Karte anderswo geöffnet</translation>
    </message>
    <message>
        <source>“{name}” is already open for editing in another window ({holder}).</source>
        <translation>„{name}“ ist bereits in einem anderen Fenster zum Bearbeiten geöffnet ({holder}).</translation>
    </message>
    <message>
        <source>Two windows saving one file would overwrite each other&apos;s work. Open it read-only here, or open an untitled copy to save under another name.</source>
        <translation>Zwei Fenster, die eine Datei speichern, würden gegenseitig ihre Arbeit überschreiben. Öffnen Sie sie hier schreibgeschützt oder als unbenannte Kopie, die Sie unter anderem Namen speichern.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>Eine Kopie öffnen</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Karte kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>scene</name>
    <message>
        <source>Expand lane “{name}”</source>
        <translation>Zeile „{name}“ aufklappen</translation>
    </message>
    <message>
        <source>Collapse lane “{name}”</source>
        <translation>Zeile „{name}“ einklappen</translation>
    </message>
</context>
</TS>
