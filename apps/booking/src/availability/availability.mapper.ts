import { ApiError } from '@mo/http';
import { ScheduleMissing } from '../clinic/clinic-config';
import { AvailabilityQuery as AvailabilityQueryDto, AvailabilityView } from './availability.dto';
import { AvailabilityQuery, AvailabilityResult, MAX_WINDOW_DAYS } from './availability.service';
import { Opening } from './slots';

/** HTTP's side of availability: the query from its DTO, and each result as a body or a client error. */

export const availabilityQuery = (dto: AvailabilityQueryDto): AvailabilityQuery => ({
  appointmentTypeId: dto.appointmentTypeId,
  from: new Date(dto.from),
  to: new Date(dto.to),
  ...(dto.resourceId ? { resourceId: dto.resourceId } : {}),
  ...(dto.limit !== undefined ? { limit: dto.limit } : {}),
});

export function availabilityResponse(result: AvailabilityResult): AvailabilityView {
  switch (result.type) {
    case 'Available':
      return { timezone: result.timezone, appointmentType: result.appointmentType, slots: result.slots };
    case 'BadWindow':
      throw new ApiError(
        400,
        'validation_failed',
        result.problem === 'too_long' ? `to must be at most ${MAX_WINDOW_DAYS} days after from` : 'to must be after from',
        { field: 'to' },
      );
    case 'BeyondHorizon':
      throw beyondHorizonError('from', result.horizonDays);
    case 'WindowPast':
      throw new ApiError(422, 'range_in_past', 'The whole window is in the past; ask for times from now on.', { field: 'to' });
    case 'Closed':
      throw new ApiError(422, 'outside_working_hours', 'The clinic is not open at any time in this window.', openingFields(result.nextOpening));
    case 'NotFound':
      throw notFoundError(result.missing);
  }
}

/** Shared with the holds mapper: the same missing thing is the same client error everywhere. */
export function notFoundError(missing: ScheduleMissing): ApiError {
  switch (missing) {
    case 'appointment_type':
      return new ApiError(404, 'appointment_type_not_found', 'No appointment type with this id.', { field: 'appointmentTypeId' });
    case 'resource':
      return new ApiError(404, 'resource_not_found', 'No resource with this id.', { field: 'resourceId' });
    case 'resource_not_eligible':
      return new ApiError(422, 'resource_cannot_do_type', 'This resource does not offer this appointment type.', { field: 'resourceId' });
  }
}

/** Shared with the holds and changes mappers: a time further ahead than the clinic books. */
export const beyondHorizonError = (field: string, horizonDays = 0): ApiError =>
  new ApiError(422, 'beyond_booking_horizon', `The clinic books at most ${horizonDays} days ahead.`, { field, horizonDays });

export const openingFields = (next: Opening | undefined) => (next ? { nextOpenAt: next.at.toISOString(), nextOpenLabel: next.label } : {});
