package org.qsp.complaint.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.qsp.complaint.cases.Channel;
import org.qsp.complaint.cases.Person;
import org.qsp.complaint.cases.Respondent;
import org.qsp.complaint.cases.Submission;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.web.MultilineText;

/** The body of {@code POST /api/complaint/v1/cases}. */
record IntakeRequest(
        @NotNull Submission.Kind kind,
        @Valid PersonBody complainant,
        @Valid PersonBody reporter,
        @NotNull @Valid RespondentBody respondent,
        @NotBlank @Size(max = 40) String category,
        @Size(max = 20) Map<String, Object> attributes,
        @Size(max = 2000) @MultilineText String request,
        @NotBlank @Size(max = 4000) @MultilineText String facts,
        @NotNull Channel channel,
        Instant receivedAt,
        @Size(max = 100) List<@NotNull @Pattern(regexp = ATTACHMENT, message = "must be an attachment reference "
                + "(1-200 of A-Z a-z 0-9 . _ : / -)") String> attachments) {

    static final String ATTACHMENT = "[A-Za-z0-9._:/-]{1,200}";

    record PersonBody(@NotBlank @Size(max = 50) String name,
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9-]{5,19}", message = "must be a phone number") String phone,
            @Size(max = 200) String address) {

        Person toPerson() {
            return new Person(name, phone, address);
        }
    }

    record RespondentBody(@NotBlank @Size(max = 100) String name, @ValidUscc String uscc,
            @Size(max = 200) String address,
            @NotNull @KnownRegion(place = true) String region,
            @Valid PlatformBody platform) {
    }

    record PlatformBody(@NotBlank @Size(max = 100) String name,
            @NotNull @KnownRegion(place = true) String region) {
    }

    Submission toSubmission() {
        RespondentBody r = respondent;
        return new Submission(kind, complainant == null ? null : complainant.toPerson(),
                reporter == null ? null : reporter.toPerson(),
                new Respondent(r.name(), r.uscc(), r.address(), r.region(),
                        r.platform() == null ? null : new Respondent.OnlinePlatform(r.platform().name(),
                                r.platform().region())),
                category, attributes, request, facts, channel, receivedAt, attachments);
    }
}
