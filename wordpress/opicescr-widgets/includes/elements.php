<?php
/**
 * The elements this plugin offers and how each option is offered, from the table that
 * scripts/build-wordpress.mjs generates (includes/generated-elements.php) out of the widgets'
 * own table of elements and wordpress/element-options.json. Nothing here decides which options
 * exist: an option is added to those two tables, never to the PHP.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated table: kinds (with their options), fallback texts per language, the bundled data's date.
 *
 * @return array
 */
function opicescr_widgets_table() {
	static $table = null;
	if ( null === $table ) {
		$table = require __DIR__ . '/generated-elements.php';
	}
	return $table;
}

/**
 * The kinds of widget on offer ("map", "timeline", …), each with its options.
 *
 * @return array
 */
function opicescr_widgets_kinds() {
	return opicescr_widgets_table()['kinds'];
}

/**
 * The language (a code the widgets speak) whose fallback texts fit a widget: its own `lang`,
 * else the site's, else English.
 *
 * @param string $lang The widget's `lang` option, or ''.
 * @return string
 */
function opicescr_widgets_fallback_language( $lang ) {
	$fallbacks = opicescr_widgets_table()['fallbacks'];
	if ( '' !== $lang && isset( $fallbacks[ $lang ] ) ) {
		return $lang;
	}
	$site = strtolower( substr( get_locale(), 0, 2 ) );
	return isset( $fallbacks[ $site ] ) ? $site : 'en';
}
