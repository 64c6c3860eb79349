package dk.kantinekort.ui.citizen.statement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The Kontoudtog as an A4 PDF, laid out like the guide's report: heading, account, period, a table of Dato, Type,
 * Beløb and Saldo with the purchase lines beneath each purchase, then the declined attempts with advice.
 */
final class StatementPdf {

    static final String CONTENT_TYPE = "application/pdf";

    // Helvetica in WinAnsi (Cp1252) covers æ, ø, å and the dashes; no font file to ship or embed.
    private static final Font TITLE = font(Font.BOLD, 16);
    private static final Font SUBTITLE = font(Font.BOLD, 12);
    private static final Font NORMAL = font(Font.NORMAL, 10);
    private static final Font BOLD = font(Font.BOLD, 10);
    private static final Font SMALL = font(Font.NORMAL, 9);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEB, 0xEF);
    private static final Color RULE = new Color(0xC8, 0xCD, 0xD3);

    private StatementPdf() {
    }

    static byte[] bytes(StatementReport report) {
        return bytes(report, null);
    }

    /** With the hash chain's footer at the end, when statement proofs are on ({@code footer} not null). */
    static byte[] bytes(StatementReport report, ChainFooter footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, footer, out);
        return out.toByteArray();
    }

    static void write(StatementReport report, OutputStream out) {
        write(report, null, out);
    }

    static void write(StatementReport report, ChainFooter footer, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // Screen readers and PDF viewers announce the title and read the text in the report's language.
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language()));
            document.addTitle(report.heading() + " " + report.periodLine());
            document.addCreationDate();
            if (footer != null) {
                document.addKeywords(footer.keywords());
            }
            document.open();
            header(document, report);
            document.add(entries(report));
            document.add(balanceLine(report.closing(), 8));
            declines(document, report.declines());
            if (footer != null) {
                chainFooter(document, footer);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The statement PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Document document, StatementReport report) {
        Paragraph heading = new Paragraph(report.heading(), TITLE);
        heading.setSpacingAfter(8);
        document.add(heading);
        document.add(new Paragraph(report.accountLine(), NORMAL));
        document.add(new Paragraph(report.periodLine(), NORMAL));
        document.add(balanceLine(report.opening(), 10));
    }

    private static Paragraph balanceLine(StatementReport.Balance balance, float spacingBefore) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(balance.label() + ": ", NORMAL));
        line.add(new Chunk(ReportFormat.money(balance.ore()), BOLD));
        line.setSpacingBefore(spacingBefore);
        line.setSpacingAfter(6);
        return line;
    }

    private static PdfPTable entries(StatementReport report) {
        PdfPTable table = new PdfPTable(new float[] {24, 36, 20, 20});
        table.setWidthPercentage(100);
        table.setHeaderRows(1); // repeated on every page of a long statement
        StatementReport.Columns columns = report.columns();
        table.addCell(headerCell(columns.date(), Element.ALIGN_LEFT));
        table.addCell(headerCell(columns.type(), Element.ALIGN_LEFT));
        table.addCell(headerCell(columns.amount(), Element.ALIGN_RIGHT));
        table.addCell(headerCell(columns.balance(), Element.ALIGN_RIGHT));
        if (report.entries().isEmpty()) {
            PdfPCell empty = cell(report.emptyText(), NORMAL, Element.ALIGN_LEFT);
            empty.setColspan(4);
            table.addCell(empty);
        }
        for (StatementReport.Entry entry : report.entries()) {
            boolean hasDetails = !entry.description().isEmpty() || !entry.lines().isEmpty();
            table.addCell(rowCell(ReportFormat.dateTime(entry.at()), Element.ALIGN_LEFT, !hasDetails));
            table.addCell(rowCell(entry.type(), Element.ALIGN_LEFT, !hasDetails));
            table.addCell(rowCell(ReportFormat.money(entry.amountOre()), Element.ALIGN_RIGHT, !hasDetails));
            table.addCell(rowCell(ReportFormat.money(entry.balanceOre()), Element.ALIGN_RIGHT, !hasDetails));
            if (hasDetails) {
                table.addCell(rowCell("", Element.ALIGN_LEFT, true));
                table.addCell(details(entry));
            }
        }
        return table;
    }

    /** The description and the purchase lines, beneath the row in the Type column as in the guide. */
    private static PdfPCell details(StatementReport.Entry entry) {
        Phrase phrase = new Phrase();
        if (!entry.description().isEmpty()) {
            phrase.add(new Chunk(entry.description(), SMALL));
        }
        for (StatementReport.Line line : entry.lines()) {
            if (!phrase.isEmpty()) {
                phrase.add(Chunk.NEWLINE);
            }
            phrase.add(new Chunk(ReportFormat.line(line), SMALL));
        }
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(3);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingLeft(4); // aligned with the row's text above
        cell.setLeading(0, 1.3f); // the lines read as a list, not as one block
        cell.setPaddingTop(0);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static void declines(Document document, StatementReport.Declines declines) {
        if (declines.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(declines.heading(), SUBTITLE);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {24, 30, 46});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell(declines.dateLabel(), Element.ALIGN_LEFT));
        table.addCell(headerCell(declines.placeLabel(), Element.ALIGN_LEFT));
        table.addCell(headerCell(declines.reasonLabel(), Element.ALIGN_LEFT));
        for (StatementReport.Decline attempt : declines.attempts()) {
            table.addCell(rowCell(ReportFormat.dateTime(attempt.at()), Element.ALIGN_LEFT, true));
            table.addCell(rowCell(attempt.place(), Element.ALIGN_LEFT, true));
            table.addCell(rowCell(attempt.reason(), Element.ALIGN_LEFT, true));
        }
        document.add(table);

        Paragraph adviceHeading = new Paragraph(declines.adviceHeading(), SUBTITLE);
        adviceHeading.setSpacingBefore(12);
        adviceHeading.setSpacingAfter(4);
        document.add(adviceHeading);
        for (StatementReport.Advice advice : declines.advice()) {
            Paragraph paragraph = new Paragraph();
            paragraph.add(new Chunk(advice.reason() + ": ", BOLD));
            paragraph.add(new Chunk(advice.advice(), NORMAL));
            paragraph.setSpacingAfter(4);
            document.add(paragraph);
        }
    }

    /** The chain position, hash and verification code, last on the statement. */
    private static void chainFooter(Document document, ChainFooter footer) {
        Paragraph heading = new Paragraph(footer.heading(), SUBTITLE);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(4);
        document.add(heading);
        for (String[] row : footer.rows()) {
            Paragraph line = new Paragraph();
            line.add(new Chunk(row[0] + ": ", SMALL));
            line.add(new Chunk(row[1], BOLD));
            document.add(line);
        }
        Paragraph how = new Paragraph(footer.howToCheck(), SMALL);
        how.setSpacingBefore(4);
        document.add(how);
    }

    private static PdfPCell headerCell(String text, int alignment) {
        PdfPCell cell = cell(text, BOLD, alignment);
        cell.setBackgroundColor(HEADER_BACKGROUND);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        return cell;
    }

    private static PdfPCell rowCell(String text, int alignment, boolean ruleBelow) {
        PdfPCell cell = cell(text, NORMAL, alignment);
        cell.setBorder(ruleBelow ? PdfPCell.BOTTOM : PdfPCell.NO_BORDER);
        cell.setBorderColor(RULE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Font font(int style, float size) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }
}
