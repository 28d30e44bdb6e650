package io.memberpulse.support.pages;

import io.memberpulse.support.platform.entity.BusinessException;
import io.memberpulse.support.tickets.boundary.MemberTickets;
import io.memberpulse.support.tickets.boundary.TicketReads;
import io.memberpulse.support.tickets.entity.FileDownload;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * A ticket's file for the pages, under the area's own address so the area's sign-in protects it:
 * {@code /console/files?ticket=…&file=…} for staff (internal notes' files too), {@code /portal/files?…} for the
 * member (their own tickets, no internal files). Images and PDFs may be shown inline ({@code &inline}) for the
 * preview, in a sandbox so a PDF's scripts cannot reach the page; everything else is a download.
 */
@WebServlet(urlPatterns = {"/console/files", "/portal/files"})
public class TicketFiles extends HttpServlet {

    private static final Set<String> PREVIEWABLE = Set.of("image/png", "image/jpeg", "application/pdf");

    @Inject
    TicketReads staff;

    @Inject
    MemberTickets members;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID ticket;
        UUID file;
        try {
            ticket = UUID.fromString(request.getParameter("ticket"));
            file = UUID.fromString(request.getParameter("file"));
        } catch (RuntimeException unreadable) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDownload download;
        try {
            download = request.getServletPath().startsWith("/console") ? staff.attachment(ticket, file)
                    : members.attachment(ticket, file);
        } catch (BusinessException absent) {
            response.sendError(absent.status());
            return;
        }
        String type = download.attachment().contentType();
        boolean inline = request.getParameter("inline") != null && PREVIEWABLE.contains(type);
        String name = download.attachment().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(type);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + ascii
                + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }
}
