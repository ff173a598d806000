/** Clean: blanks boilerplate (banners, credits, navigation, related headlines, copyright) without moving any character offset. */
package org.parley.clean;
