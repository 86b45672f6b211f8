package io.newsgraph.comment.write;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.Visible;

@Input("CommentInput")
@Description("A reader's comment, kept and shown exactly as written, as plain text.")
public record CommentInput(
        @Id @NonNull @NotBlank @Description("The published article the comment is on.") String articleId,
        @Id @Description("The comment of the same article this one replies to, if any: one readers see.") String parentId,
        @NonNull @Visible @Text(max = 80) @Description("The name to sign with, 1 to 80 characters.") String authorName,
        @NonNull @NotBlank @Email @Pattern(regexp = "[^@\\s]+@[^@\\s]+") @Size(max = 320) @Description("For the moderators only: never shown, never given back.") String authorEmail,
        @NonNull @NotBlank @Text(max = 5_000) @Description("The comment, 1 to 5,000 characters.") String body) {

    /** Never the e-mail address, wherever a comment's input is written out as text (a log line, an error). */
    @Override
    public String toString() {
        return "CommentInput[articleId=" + articleId + ", parentId=" + parentId + ", authorName=" + authorName
                + ", authorEmail=(withheld), body=" + body + "]";
    }
}
