<?php
/**
 * Settings → OP-ICESCR widgets: where the widgets read the treaty status from. Empty means the
 * status file bundled with the plugin; otherwise an https URL (a coalition's own copy, kept more
 * up to date than plugin releases). Anything else is refused with a message and the previous value
 * is kept. uninstall.php removes the setting.
 *
 * @package OpicescrWidgets
 */

defined( 'ABSPATH' ) || exit;

const OPICESCR_WIDGETS_STATUS_OPTION = 'opicescr_widgets_status_url';
const OPICESCR_WIDGETS_SETTINGS_PAGE = 'opicescr-widgets';

/**
 * Registers the setting with its validation.
 */
function opicescr_widgets_register_setting() {
	register_setting(
		OPICESCR_WIDGETS_SETTINGS_PAGE,
		OPICESCR_WIDGETS_STATUS_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'show_in_rest'      => false,
			'sanitize_callback' => 'opicescr_widgets_sanitize_status_url',
		)
	);
}

/**
 * Keeps an empty value (the bundled file) or an https URL; refuses anything else.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function opicescr_widgets_sanitize_status_url( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$url = opicescr_widgets_https_url( $value );
	if ( null !== $url ) {
		return $url;
	}
	// WordPress may run this twice for one save (when the option is first added): say it once.
	if ( ! get_settings_errors( OPICESCR_WIDGETS_STATUS_OPTION ) ) {
		add_settings_error(
			OPICESCR_WIDGETS_STATUS_OPTION,
			'invalid-url',
			__( 'The status file address must be a full https:// URL. The previous setting is kept.', 'opicescr-widgets' )
		);
	}
	$previous = get_option( OPICESCR_WIDGETS_STATUS_OPTION, '' );
	return is_string( $previous ) ? $previous : '';
}

/**
 * Adds the page under Settings.
 */
function opicescr_widgets_add_settings_page() {
	add_options_page(
		__( 'OP-ICESCR widgets', 'opicescr-widgets' ),
		__( 'OP-ICESCR widgets', 'opicescr-widgets' ),
		'manage_options',
		OPICESCR_WIDGETS_SETTINGS_PAGE,
		'opicescr_widgets_render_settings_page'
	);
}

/**
 * The settings page: one field, with what the default means.
 */
function opicescr_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$as_of = opicescr_widgets_table()['statusAsOf'];
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'OP-ICESCR widgets', 'opicescr-widgets' ); ?></h1>
		<form action="options.php" method="post">
			<?php settings_fields( OPICESCR_WIDGETS_SETTINGS_PAGE ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row">
						<label for="opicescr-widgets-status-url"><?php esc_html_e( 'Status file', 'opicescr-widgets' ); ?></label>
					</th>
					<td>
						<input type="url" class="large-text code" id="opicescr-widgets-status-url"
							name="<?php echo esc_attr( OPICESCR_WIDGETS_STATUS_OPTION ); ?>"
							value="<?php echo esc_attr( get_option( OPICESCR_WIDGETS_STATUS_OPTION, '' ) ); ?>"
							placeholder="https://" aria-describedby="opicescr-widgets-status-url-help" />
						<p class="description" id="opicescr-widgets-status-url-help">
							<?php
							printf(
								/* translators: %s: the date of the bundled data, as YYYY-MM-DD. */
								esc_html__( 'Leave empty to use the status file that comes with the plugin (data as of %s). Another file must be served over https and allow this site to read it (CORS).', 'opicescr-widgets' ),
								esc_html( $as_of )
							);
							?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/**
 * A "Settings" link beside "Deactivate" on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function opicescr_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . OPICESCR_WIDGETS_SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'opicescr-widgets' ) . '</a>' );
	return $links;
}
