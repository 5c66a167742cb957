package org.whosaid.speaker;

/**
 * A title or role the article gives a named person: "White House spokesman" before "Sean Spicer",
 * "the top Democrat on the House intelligence committee" in apposition to "Adam Schiff".
 *
 * @param mention index of the person's name mention
 * @param first document index of the title's first token
 * @param last document index one past its last token
 * @param text the title as the article writes it, without article or possessor
 * @param role the title's head noun in plain lower case ("spokesman", "democrat", "senator")
 * @param tie index of the name mention the role is held for ("Mr Flynn's attorney", "White House
 *            spokesman"), or -1
 */
public record Title(int mention, int first, int last, String text, String role, int tie) {}
