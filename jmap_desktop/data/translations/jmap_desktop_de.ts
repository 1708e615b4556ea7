<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
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
</TS>
